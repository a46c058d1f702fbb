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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 2786367, i64 1169701216 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i32 @omp_get_max_threads()

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
  %next.row = alloca i64, align 8
  %ring = alloca [5280 x float], align 64
  %38 = sub i64 %7, 1
  %39 = add i64 330, %38
  %40 = sdiv i64 %39, %7
  %41 = mul i64 %6, %40
  %42 = icmp slt i64 %41, 330
  %43 = select i1 %42, i64 %41, i64 330
  %44 = add i64 %43, %40
  %45 = icmp slt i64 %44, 330
  %46 = select i1 %45, i64 %44, i64 330
  %47 = bitcast [5280 x float]* %ring to float*
  br label %item.header

item.header:                                      ; preds = %r.exit55, %entry
  %item = phi i64 [ %43, %entry ], [ %item.next, %r.exit55 ]
  %48 = icmp slt i64 %item, %46
  br i1 %48, label %item.body, label %item.exit

item.body:                                        ; preds = %item.header
  %49 = srem i64 %item, 55
  %50 = sdiv i64 %item, 55
  %51 = srem i64 %50, 6
  %52 = sdiv i64 %50, 6
  %53 = srem i64 %52, 1
  %54 = sdiv i64 %52, 1
  %55 = mul i64 %49, 2
  %56 = sub i64 %55, 0
  %57 = add i64 %56, 3
  %58 = icmp sgt i64 %56, 0
  %59 = select i1 %58, i64 %56, i64 0
  %60 = icmp slt i64 %57, 110
  %61 = select i1 %60, i64 %57, i64 110
  %62 = icmp slt i64 %57, 110
  %63 = select i1 %62, i64 %57, i64 110
  %64 = sub i64 %63, %56
  %65 = icmp eq i64 %item, %43
  %66 = icmp eq i64 %49, 0
  %67 = or i1 %65, %66
  %68 = load i64, i64* %next.row, align 8
  %69 = icmp sgt i64 %68, %59
  %70 = select i1 %69, i64 %68, i64 %59
  %71 = select i1 %67, i64 %59, i64 %70
  store i64 %61, i64* %next.row, align 8
  br label %y.header

item.exit:                                        ; preds = %item.header
  ret void

y.header:                                         ; preds = %u.exit8, %item.body
  %y = phi i64 [ %71, %item.body ], [ %y.next, %u.exit8 ]
  %72 = icmp slt i64 %y, %61
  br i1 %72, label %y.body, label %y.exit

y.body:                                           ; preds = %y.header
  %73 = srem i64 %y, 3
  %74 = mul i64 %73, 110
  %75 = mul i64 %y, 1
  %76 = mul i64 %53, 12
  %77 = mul i64 %51, 2
  %78 = add i64 %76, %77
  %79 = mul i64 %54, 3
  %80 = mul i64 %53, 3
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 51076
  %83 = mul i64 %78, 1176
  %84 = mul i64 %75, 452
  br label %x.header

y.exit:                                           ; preds = %y.header
  %85 = mul i64 %53, 12
  %86 = mul i64 %51, 2
  %87 = add i64 %85, %86
  %88 = mul i64 %54, 12
  %89 = add i64 %88, %87
  %90 = add i64 %89, 0
  %91 = mul i64 %90, 55
  %92 = add i64 %91, %49
  %93 = mul i64 %92, 440
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = getelementptr inbounds float, float* %47, i64 0
  %96 = mul i64 %49, 2
  %97 = sub i64 %96, 0
  %98 = add i64 %97, 3
  %99 = icmp sgt i64 %97, 0
  %100 = select i1 %99, i64 %97, i64 0
  %101 = icmp slt i64 %98, 110
  %102 = select i1 %101, i64 %98, i64 110
  %103 = icmp slt i64 %98, 110
  %104 = select i1 %103, i64 %98, i64 110
  %105 = sub i64 %104, %97
  br label %x.header23

x.header:                                         ; preds = %u.exit, %y.body
  %x = phi i64 [ 0, %y.body ], [ %x.next, %u.exit ]
  %106 = icmp slt i64 %x, 108
  br i1 %106, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %107 = add i64 %74, %x
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 8
  %110 = add i64 0, %109
  %111 = add i64 %107, 1
  %112 = mul i64 %111, 8
  %113 = add i64 0, %112
  %114 = add i64 %107, 2
  %115 = mul i64 %114, 8
  %116 = add i64 0, %115
  %117 = add i64 %107, 3
  %118 = mul i64 %117, 8
  %119 = add i64 0, %118
  %120 = add i64 %107, 4
  %121 = mul i64 %120, 8
  %122 = add i64 0, %121
  %123 = add i64 %107, 5
  %124 = mul i64 %123, 8
  %125 = add i64 0, %124
  %126 = add i64 %107, 0
  %127 = mul i64 %126, 8
  %128 = add i64 2640, %127
  %129 = add i64 %107, 1
  %130 = mul i64 %129, 8
  %131 = add i64 2640, %130
  %132 = add i64 %107, 2
  %133 = mul i64 %132, 8
  %134 = add i64 2640, %133
  %135 = add i64 %107, 3
  %136 = mul i64 %135, 8
  %137 = add i64 2640, %136
  %138 = add i64 %107, 4
  %139 = mul i64 %138, 8
  %140 = add i64 2640, %139
  %141 = add i64 %107, 5
  %142 = mul i64 %141, 8
  %143 = add i64 2640, %142
  %144 = add i64 %78, 0
  %145 = mul i64 %144, 8
  %146 = getelementptr inbounds float, float* %5, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = add i64 %78, 1
  %150 = mul i64 %149, 8
  %151 = getelementptr inbounds float, float* %5, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  store <8 x float> %148, <8 x float>* %37, align 32
  store <8 x float> %148, <8 x float>* %36, align 32
  store <8 x float> %148, <8 x float>* %35, align 32
  store <8 x float> %148, <8 x float>* %34, align 32
  store <8 x float> %148, <8 x float>* %33, align 32
  store <8 x float> %148, <8 x float>* %32, align 32
  store <8 x float> %153, <8 x float>* %31, align 32
  store <8 x float> %153, <8 x float>* %30, align 32
  store <8 x float> %153, <8 x float>* %29, align 32
  store <8 x float> %153, <8 x float>* %28, align 32
  store <8 x float> %153, <8 x float>* %27, align 32
  store <8 x float> %153, <8 x float>* %26, align 32
  %154 = mul i64 %x, 2
  %155 = add i64 %84, %154
  %156 = add i64 %82, %155
  br label %u.header

x.exit:                                           ; preds = %x.header
  %157 = add i64 %74, 108
  %158 = add i64 %157, 0
  %159 = mul i64 %158, 8
  %160 = add i64 0, %159
  %161 = add i64 %157, 1
  %162 = mul i64 %161, 8
  %163 = add i64 0, %162
  %164 = add i64 %157, 0
  %165 = mul i64 %164, 8
  %166 = add i64 2640, %165
  %167 = add i64 %157, 1
  %168 = mul i64 %167, 8
  %169 = add i64 2640, %168
  %170 = add i64 %78, 0
  %171 = mul i64 %170, 8
  %172 = getelementptr inbounds float, float* %5, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = add i64 %78, 1
  %176 = mul i64 %175, 8
  %177 = getelementptr inbounds float, float* %5, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  store <8 x float> %174, <8 x float>* %25, align 32
  store <8 x float> %174, <8 x float>* %24, align 32
  store <8 x float> %179, <8 x float>* %23, align 32
  store <8 x float> %179, <8 x float>* %22, align 32
  %180 = add i64 %84, 216
  %181 = add i64 %82, %180
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %182 = icmp slt i64 %u, 3
  br i1 %182, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %183 = add i64 0, %u
  %184 = mul i64 %183, 51076
  %185 = add i64 %156, %184
  %186 = mul i64 %183, 392
  %187 = add i64 %83, %186
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %188 = load <8 x float>, <8 x float>* %37, align 32
  %189 = fcmp olt <8 x float> %188, zeroinitializer
  %190 = select <8 x i1> %189, <8 x float> zeroinitializer, <8 x float> %188
  %191 = getelementptr inbounds float, float* %47, i64 %110
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = load <8 x float>, <8 x float>* %36, align 32
  %194 = fcmp olt <8 x float> %193, zeroinitializer
  %195 = select <8 x i1> %194, <8 x float> zeroinitializer, <8 x float> %193
  %196 = getelementptr inbounds float, float* %47, i64 %113
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %195, <8 x float>* %197, align 4
  %198 = load <8 x float>, <8 x float>* %35, align 32
  %199 = fcmp olt <8 x float> %198, zeroinitializer
  %200 = select <8 x i1> %199, <8 x float> zeroinitializer, <8 x float> %198
  %201 = getelementptr inbounds float, float* %47, i64 %116
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %200, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %34, align 32
  %204 = fcmp olt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> zeroinitializer, <8 x float> %203
  %206 = getelementptr inbounds float, float* %47, i64 %119
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %33, align 32
  %209 = fcmp olt <8 x float> %208, zeroinitializer
  %210 = select <8 x i1> %209, <8 x float> zeroinitializer, <8 x float> %208
  %211 = getelementptr inbounds float, float* %47, i64 %122
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %210, <8 x float>* %212, align 4
  %213 = load <8 x float>, <8 x float>* %32, align 32
  %214 = fcmp olt <8 x float> %213, zeroinitializer
  %215 = select <8 x i1> %214, <8 x float> zeroinitializer, <8 x float> %213
  %216 = getelementptr inbounds float, float* %47, i64 %125
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %215, <8 x float>* %217, align 4
  %218 = load <8 x float>, <8 x float>* %31, align 32
  %219 = fcmp olt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> zeroinitializer, <8 x float> %218
  %221 = getelementptr inbounds float, float* %47, i64 %128
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %30, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = getelementptr inbounds float, float* %47, i64 %131
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = load <8 x float>, <8 x float>* %29, align 32
  %229 = fcmp olt <8 x float> %228, zeroinitializer
  %230 = select <8 x i1> %229, <8 x float> zeroinitializer, <8 x float> %228
  %231 = getelementptr inbounds float, float* %47, i64 %134
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %230, <8 x float>* %232, align 4
  %233 = load <8 x float>, <8 x float>* %28, align 32
  %234 = fcmp olt <8 x float> %233, zeroinitializer
  %235 = select <8 x i1> %234, <8 x float> zeroinitializer, <8 x float> %233
  %236 = getelementptr inbounds float, float* %47, i64 %137
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %235, <8 x float>* %237, align 4
  %238 = load <8 x float>, <8 x float>* %27, align 32
  %239 = fcmp olt <8 x float> %238, zeroinitializer
  %240 = select <8 x i1> %239, <8 x float> zeroinitializer, <8 x float> %238
  %241 = getelementptr inbounds float, float* %47, i64 %140
  %242 = bitcast float* %241 to <8 x float>*
  store <8 x float> %240, <8 x float>* %242, align 4
  %243 = load <8 x float>, <8 x float>* %26, align 32
  %244 = fcmp olt <8 x float> %243, zeroinitializer
  %245 = select <8 x i1> %244, <8 x float> zeroinitializer, <8 x float> %243
  %246 = getelementptr inbounds float, float* %47, i64 %143
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %245, <8 x float>* %247, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %248 = icmp slt i64 %kh, 7
  br i1 %248, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %249 = mul i64 %kh, 226
  %250 = add i64 %185, %249
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %251 = icmp slt i64 %kw, 7
  br i1 %251, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %252 = mul i64 %kw, 1
  %253 = add i64 %250, %252
  %254 = mul i64 %kh, 7
  %255 = add i64 %254, %kw
  %256 = mul i64 %255, 8
  %257 = add i64 %187, %256
  %258 = add i64 %257, 0
  %259 = getelementptr inbounds float, float* %4, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = add i64 %257, 1176
  %263 = getelementptr inbounds float, float* %4, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %253, 0
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %37, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %261, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %37, align 32
  %272 = load <8 x float>, <8 x float>* %31, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %31, align 32
  %274 = add i64 %253, 2
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat1 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %36, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %261, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %36, align 32
  %280 = load <8 x float>, <8 x float>* %30, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %30, align 32
  %282 = add i64 %253, 4
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat2 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %35, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %261, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %35, align 32
  %288 = load <8 x float>, <8 x float>* %29, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %29, align 32
  %290 = add i64 %253, 6
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat3 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %34, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %261, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %34, align 32
  %296 = load <8 x float>, <8 x float>* %28, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %28, align 32
  %298 = add i64 %253, 8
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat4 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %33, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %261, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %33, align 32
  %304 = load <8 x float>, <8 x float>* %27, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %265, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %27, align 32
  %306 = add i64 %253, 10
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = load float, float* %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %splat5 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %32, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %261, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %32, align 32
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %265, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %26, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %314 = icmp slt i64 %u9, 3
  br i1 %314, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %315 = add i64 0, %u9
  %316 = mul i64 %315, 51076
  %317 = add i64 %181, %316
  %318 = mul i64 %315, 392
  %319 = add i64 %83, %318
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = fcmp olt <8 x float> %320, zeroinitializer
  %322 = select <8 x i1> %321, <8 x float> zeroinitializer, <8 x float> %320
  %323 = getelementptr inbounds float, float* %47, i64 %160
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %322, <8 x float>* %324, align 4
  %325 = load <8 x float>, <8 x float>* %24, align 32
  %326 = fcmp olt <8 x float> %325, zeroinitializer
  %327 = select <8 x i1> %326, <8 x float> zeroinitializer, <8 x float> %325
  %328 = getelementptr inbounds float, float* %47, i64 %163
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %327, <8 x float>* %329, align 4
  %330 = load <8 x float>, <8 x float>* %23, align 32
  %331 = fcmp olt <8 x float> %330, zeroinitializer
  %332 = select <8 x i1> %331, <8 x float> zeroinitializer, <8 x float> %330
  %333 = getelementptr inbounds float, float* %47, i64 %166
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %332, <8 x float>* %334, align 4
  %335 = load <8 x float>, <8 x float>* %22, align 32
  %336 = fcmp olt <8 x float> %335, zeroinitializer
  %337 = select <8 x i1> %336, <8 x float> zeroinitializer, <8 x float> %335
  %338 = getelementptr inbounds float, float* %47, i64 %169
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %337, <8 x float>* %339, align 4
  %y.next = add i64 %y, 1
  br label %y.header

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %340 = icmp slt i64 %kh13, 7
  br i1 %340, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %341 = mul i64 %kh13, 226
  %342 = add i64 %317, %341
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %343 = icmp slt i64 %kw17, 7
  br i1 %343, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %344 = mul i64 %kw17, 1
  %345 = add i64 %342, %344
  %346 = mul i64 %kh13, 7
  %347 = add i64 %346, %kw17
  %348 = mul i64 %347, 8
  %349 = add i64 %319, %348
  %350 = add i64 %349, 0
  %351 = getelementptr inbounds float, float* %4, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %349, 1176
  %355 = getelementptr inbounds float, float* %4, i64 %354
  %356 = bitcast float* %355 to <8 x float>*
  %357 = load <8 x float>, <8 x float>* %356, align 4
  %358 = add i64 %345, 0
  %359 = getelementptr inbounds float, float* %2, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat18 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %25, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %25, align 32
  %364 = load <8 x float>, <8 x float>* %23, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %357, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %23, align 32
  %366 = add i64 %345, 2
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat19 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %24, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %353, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %24, align 32
  %372 = load <8 x float>, <8 x float>* %22, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %357, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %22, align 32
  %kw.next20 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next21 = add i64 %kh13, 1
  br label %kh.header10

x.header23:                                       ; preds = %r.exit, %y.exit
  %x26 = phi i64 [ 0, %y.exit ], [ %x.next27, %r.exit ]
  %374 = icmp slt i64 %x26, 52
  br i1 %374, label %x.body24, label %x.exit25

x.body24:                                         ; preds = %x.header23
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %21, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %20, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %19, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %18, align 32
  %375 = mul i64 %x26, 2
  %376 = sub i64 %375, 0
  br label %r.header

x.exit25:                                         ; preds = %x.header23
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %17, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %16, align 32
  br label %r.header28

r.header:                                         ; preds = %r.body, %x.body24
  %r = phi i64 [ %100, %x.body24 ], [ %r.next, %r.body ]
  %377 = icmp slt i64 %r, %102
  br i1 %377, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %378 = srem i64 %r, 3
  %379 = mul i64 %378, 110
  %380 = add i64 %379, %376
  %381 = mul i64 %380, 8
  %382 = load <8 x float>, <8 x float>* %21, align 32
  %383 = add i64 %381, 0
  %384 = getelementptr inbounds float, float* %95, i64 %383
  %385 = bitcast float* %384 to <8 x float>*
  %386 = load <8 x float>, <8 x float>* %385, align 4
  %387 = fcmp ogt <8 x float> %382, %386
  %388 = select <8 x i1> %387, <8 x float> %382, <8 x float> %386
  %389 = fcmp uno <8 x float> %382, %382
  %390 = select <8 x i1> %389, <8 x float> %382, <8 x float> %388
  %391 = add i64 %381, 8
  %392 = getelementptr inbounds float, float* %95, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = fcmp ogt <8 x float> %390, %394
  %396 = select <8 x i1> %395, <8 x float> %390, <8 x float> %394
  %397 = fcmp uno <8 x float> %390, %390
  %398 = select <8 x i1> %397, <8 x float> %390, <8 x float> %396
  %399 = add i64 %381, 16
  %400 = getelementptr inbounds float, float* %95, i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = fcmp ogt <8 x float> %398, %402
  %404 = select <8 x i1> %403, <8 x float> %398, <8 x float> %402
  %405 = fcmp uno <8 x float> %398, %398
  %406 = select <8 x i1> %405, <8 x float> %398, <8 x float> %404
  store <8 x float> %406, <8 x float>* %21, align 32
  %407 = load <8 x float>, <8 x float>* %20, align 32
  %408 = add i64 %381, 16
  %409 = getelementptr inbounds float, float* %95, i64 %408
  %410 = bitcast float* %409 to <8 x float>*
  %411 = load <8 x float>, <8 x float>* %410, align 4
  %412 = fcmp ogt <8 x float> %407, %411
  %413 = select <8 x i1> %412, <8 x float> %407, <8 x float> %411
  %414 = fcmp uno <8 x float> %407, %407
  %415 = select <8 x i1> %414, <8 x float> %407, <8 x float> %413
  %416 = add i64 %381, 24
  %417 = getelementptr inbounds float, float* %95, i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = fcmp ogt <8 x float> %415, %419
  %421 = select <8 x i1> %420, <8 x float> %415, <8 x float> %419
  %422 = fcmp uno <8 x float> %415, %415
  %423 = select <8 x i1> %422, <8 x float> %415, <8 x float> %421
  %424 = add i64 %381, 32
  %425 = getelementptr inbounds float, float* %95, i64 %424
  %426 = bitcast float* %425 to <8 x float>*
  %427 = load <8 x float>, <8 x float>* %426, align 4
  %428 = fcmp ogt <8 x float> %423, %427
  %429 = select <8 x i1> %428, <8 x float> %423, <8 x float> %427
  %430 = fcmp uno <8 x float> %423, %423
  %431 = select <8 x i1> %430, <8 x float> %423, <8 x float> %429
  store <8 x float> %431, <8 x float>* %20, align 32
  %432 = load <8 x float>, <8 x float>* %19, align 32
  %433 = add i64 %381, 32
  %434 = getelementptr inbounds float, float* %95, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = fcmp ogt <8 x float> %432, %436
  %438 = select <8 x i1> %437, <8 x float> %432, <8 x float> %436
  %439 = fcmp uno <8 x float> %432, %432
  %440 = select <8 x i1> %439, <8 x float> %432, <8 x float> %438
  %441 = add i64 %381, 40
  %442 = getelementptr inbounds float, float* %95, i64 %441
  %443 = bitcast float* %442 to <8 x float>*
  %444 = load <8 x float>, <8 x float>* %443, align 4
  %445 = fcmp ogt <8 x float> %440, %444
  %446 = select <8 x i1> %445, <8 x float> %440, <8 x float> %444
  %447 = fcmp uno <8 x float> %440, %440
  %448 = select <8 x i1> %447, <8 x float> %440, <8 x float> %446
  %449 = add i64 %381, 48
  %450 = getelementptr inbounds float, float* %95, i64 %449
  %451 = bitcast float* %450 to <8 x float>*
  %452 = load <8 x float>, <8 x float>* %451, align 4
  %453 = fcmp ogt <8 x float> %448, %452
  %454 = select <8 x i1> %453, <8 x float> %448, <8 x float> %452
  %455 = fcmp uno <8 x float> %448, %448
  %456 = select <8 x i1> %455, <8 x float> %448, <8 x float> %454
  store <8 x float> %456, <8 x float>* %19, align 32
  %457 = load <8 x float>, <8 x float>* %18, align 32
  %458 = add i64 %381, 48
  %459 = getelementptr inbounds float, float* %95, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  %461 = load <8 x float>, <8 x float>* %460, align 4
  %462 = fcmp ogt <8 x float> %457, %461
  %463 = select <8 x i1> %462, <8 x float> %457, <8 x float> %461
  %464 = fcmp uno <8 x float> %457, %457
  %465 = select <8 x i1> %464, <8 x float> %457, <8 x float> %463
  %466 = add i64 %381, 56
  %467 = getelementptr inbounds float, float* %95, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  %469 = load <8 x float>, <8 x float>* %468, align 4
  %470 = fcmp ogt <8 x float> %465, %469
  %471 = select <8 x i1> %470, <8 x float> %465, <8 x float> %469
  %472 = fcmp uno <8 x float> %465, %465
  %473 = select <8 x i1> %472, <8 x float> %465, <8 x float> %471
  %474 = add i64 %381, 64
  %475 = getelementptr inbounds float, float* %95, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  %477 = load <8 x float>, <8 x float>* %476, align 4
  %478 = fcmp ogt <8 x float> %473, %477
  %479 = select <8 x i1> %478, <8 x float> %473, <8 x float> %477
  %480 = fcmp uno <8 x float> %473, %473
  %481 = select <8 x i1> %480, <8 x float> %473, <8 x float> %479
  store <8 x float> %481, <8 x float>* %18, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %482 = load <8 x float>, <8 x float>* %21, align 32
  %483 = add i64 %x26, 0
  %484 = mul i64 %483, 8
  %485 = getelementptr inbounds float, float* %94, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  store <8 x float> %482, <8 x float>* %486, align 4
  %487 = load <8 x float>, <8 x float>* %20, align 32
  %488 = add i64 %x26, 1
  %489 = mul i64 %488, 8
  %490 = getelementptr inbounds float, float* %94, i64 %489
  %491 = bitcast float* %490 to <8 x float>*
  store <8 x float> %487, <8 x float>* %491, align 4
  %492 = load <8 x float>, <8 x float>* %19, align 32
  %493 = add i64 %x26, 2
  %494 = mul i64 %493, 8
  %495 = getelementptr inbounds float, float* %94, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  store <8 x float> %492, <8 x float>* %496, align 4
  %497 = load <8 x float>, <8 x float>* %18, align 32
  %498 = add i64 %x26, 3
  %499 = mul i64 %498, 8
  %500 = getelementptr inbounds float, float* %94, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %497, <8 x float>* %501, align 4
  %x.next27 = add i64 %x26, 4
  br label %x.header23

r.header28:                                       ; preds = %r.body29, %x.exit25
  %r31 = phi i64 [ %100, %x.exit25 ], [ %r.next32, %r.body29 ]
  %502 = icmp slt i64 %r31, %102
  br i1 %502, label %r.body29, label %r.exit30

r.body29:                                         ; preds = %r.header28
  %503 = srem i64 %r31, 3
  %504 = mul i64 %503, 110
  %505 = add i64 %504, 104
  %506 = mul i64 %505, 8
  %507 = load <8 x float>, <8 x float>* %17, align 32
  %508 = add i64 %506, 0
  %509 = getelementptr inbounds float, float* %95, i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  %511 = load <8 x float>, <8 x float>* %510, align 4
  %512 = fcmp ogt <8 x float> %507, %511
  %513 = select <8 x i1> %512, <8 x float> %507, <8 x float> %511
  %514 = fcmp uno <8 x float> %507, %507
  %515 = select <8 x i1> %514, <8 x float> %507, <8 x float> %513
  %516 = add i64 %506, 8
  %517 = getelementptr inbounds float, float* %95, i64 %516
  %518 = bitcast float* %517 to <8 x float>*
  %519 = load <8 x float>, <8 x float>* %518, align 4
  %520 = fcmp ogt <8 x float> %515, %519
  %521 = select <8 x i1> %520, <8 x float> %515, <8 x float> %519
  %522 = fcmp uno <8 x float> %515, %515
  %523 = select <8 x i1> %522, <8 x float> %515, <8 x float> %521
  %524 = add i64 %506, 16
  %525 = getelementptr inbounds float, float* %95, i64 %524
  %526 = bitcast float* %525 to <8 x float>*
  %527 = load <8 x float>, <8 x float>* %526, align 4
  %528 = fcmp ogt <8 x float> %523, %527
  %529 = select <8 x i1> %528, <8 x float> %523, <8 x float> %527
  %530 = fcmp uno <8 x float> %523, %523
  %531 = select <8 x i1> %530, <8 x float> %523, <8 x float> %529
  store <8 x float> %531, <8 x float>* %17, align 32
  %532 = load <8 x float>, <8 x float>* %16, align 32
  %533 = add i64 %506, 16
  %534 = getelementptr inbounds float, float* %95, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  %536 = load <8 x float>, <8 x float>* %535, align 4
  %537 = fcmp ogt <8 x float> %532, %536
  %538 = select <8 x i1> %537, <8 x float> %532, <8 x float> %536
  %539 = fcmp uno <8 x float> %532, %532
  %540 = select <8 x i1> %539, <8 x float> %532, <8 x float> %538
  %541 = add i64 %506, 24
  %542 = getelementptr inbounds float, float* %95, i64 %541
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = fcmp ogt <8 x float> %540, %544
  %546 = select <8 x i1> %545, <8 x float> %540, <8 x float> %544
  %547 = fcmp uno <8 x float> %540, %540
  %548 = select <8 x i1> %547, <8 x float> %540, <8 x float> %546
  %549 = add i64 %506, 32
  %550 = getelementptr inbounds float, float* %95, i64 %549
  %551 = bitcast float* %550 to <8 x float>*
  %552 = load <8 x float>, <8 x float>* %551, align 4
  %553 = fcmp ogt <8 x float> %548, %552
  %554 = select <8 x i1> %553, <8 x float> %548, <8 x float> %552
  %555 = fcmp uno <8 x float> %548, %548
  %556 = select <8 x i1> %555, <8 x float> %548, <8 x float> %554
  store <8 x float> %556, <8 x float>* %16, align 32
  %r.next32 = add i64 %r31, 1
  br label %r.header28

r.exit30:                                         ; preds = %r.header28
  %557 = load <8 x float>, <8 x float>* %17, align 32
  %558 = getelementptr inbounds float, float* %94, i64 416
  %559 = bitcast float* %558 to <8 x float>*
  store <8 x float> %557, <8 x float>* %559, align 4
  %560 = load <8 x float>, <8 x float>* %16, align 32
  %561 = getelementptr inbounds float, float* %94, i64 424
  %562 = bitcast float* %561 to <8 x float>*
  store <8 x float> %560, <8 x float>* %562, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %15, align 32
  br label %r.header33

r.header33:                                       ; preds = %q.exit, %r.exit30
  %r36 = phi i64 [ %100, %r.exit30 ], [ %r.next37, %q.exit ]
  %563 = icmp slt i64 %r36, %102
  br i1 %563, label %r.body34, label %r.exit35

r.body34:                                         ; preds = %r.header33
  br label %q.header

r.exit35:                                         ; preds = %r.header33
  %564 = load <8 x float>, <8 x float>* %15, align 32
  %565 = getelementptr inbounds float, float* %94, i64 432
  %566 = bitcast float* %565 to <8 x float>*
  store <8 x float> %564, <8 x float>* %566, align 4
  %567 = mul i64 %54, 12
  %568 = add i64 %567, %87
  %569 = add i64 %568, 1
  %570 = mul i64 %569, 55
  %571 = add i64 %570, %49
  %572 = mul i64 %571, 440
  %573 = getelementptr inbounds float, float* %0, i64 %572
  %574 = getelementptr inbounds float, float* %47, i64 2640
  %575 = mul i64 %49, 2
  %576 = sub i64 %575, 0
  %577 = add i64 %576, 3
  %578 = icmp sgt i64 %576, 0
  %579 = select i1 %578, i64 %576, i64 0
  %580 = icmp slt i64 %577, 110
  %581 = select i1 %580, i64 %577, i64 110
  %582 = icmp slt i64 %577, 110
  %583 = select i1 %582, i64 %577, i64 110
  %584 = sub i64 %583, %576
  br label %x.header38

q.header:                                         ; preds = %q.body, %r.body34
  %q = phi i64 [ 108, %r.body34 ], [ %q.next, %q.body ]
  %585 = icmp slt i64 %q, 110
  br i1 %585, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %586 = srem i64 %r36, 3
  %587 = mul i64 %586, 110
  %588 = add i64 %587, %q
  %589 = mul i64 %588, 8
  %590 = getelementptr inbounds float, float* %95, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = load <8 x float>, <8 x float>* %15, align 32
  %594 = fcmp ogt <8 x float> %593, %592
  %595 = select <8 x i1> %594, <8 x float> %593, <8 x float> %592
  %596 = fcmp uno <8 x float> %593, %593
  %597 = select <8 x i1> %596, <8 x float> %593, <8 x float> %595
  store <8 x float> %597, <8 x float>* %15, align 32
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next37 = add i64 %r36, 1
  br label %r.header33

x.header38:                                       ; preds = %r.exit44, %r.exit35
  %x41 = phi i64 [ 0, %r.exit35 ], [ %x.next47, %r.exit44 ]
  %598 = icmp slt i64 %x41, 52
  br i1 %598, label %x.body39, label %x.exit40

x.body39:                                         ; preds = %x.header38
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %14, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %13, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  %599 = mul i64 %x41, 2
  %600 = sub i64 %599, 0
  br label %r.header42

x.exit40:                                         ; preds = %x.header38
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  br label %r.header48

r.header42:                                       ; preds = %r.body43, %x.body39
  %r45 = phi i64 [ %579, %x.body39 ], [ %r.next46, %r.body43 ]
  %601 = icmp slt i64 %r45, %581
  br i1 %601, label %r.body43, label %r.exit44

r.body43:                                         ; preds = %r.header42
  %602 = srem i64 %r45, 3
  %603 = mul i64 %602, 110
  %604 = add i64 %603, %600
  %605 = mul i64 %604, 8
  %606 = load <8 x float>, <8 x float>* %14, align 32
  %607 = add i64 %605, 0
  %608 = getelementptr inbounds float, float* %574, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = fcmp ogt <8 x float> %606, %610
  %612 = select <8 x i1> %611, <8 x float> %606, <8 x float> %610
  %613 = fcmp uno <8 x float> %606, %606
  %614 = select <8 x i1> %613, <8 x float> %606, <8 x float> %612
  %615 = add i64 %605, 8
  %616 = getelementptr inbounds float, float* %574, i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  %618 = load <8 x float>, <8 x float>* %617, align 4
  %619 = fcmp ogt <8 x float> %614, %618
  %620 = select <8 x i1> %619, <8 x float> %614, <8 x float> %618
  %621 = fcmp uno <8 x float> %614, %614
  %622 = select <8 x i1> %621, <8 x float> %614, <8 x float> %620
  %623 = add i64 %605, 16
  %624 = getelementptr inbounds float, float* %574, i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = fcmp ogt <8 x float> %622, %626
  %628 = select <8 x i1> %627, <8 x float> %622, <8 x float> %626
  %629 = fcmp uno <8 x float> %622, %622
  %630 = select <8 x i1> %629, <8 x float> %622, <8 x float> %628
  store <8 x float> %630, <8 x float>* %14, align 32
  %631 = load <8 x float>, <8 x float>* %13, align 32
  %632 = add i64 %605, 16
  %633 = getelementptr inbounds float, float* %574, i64 %632
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = fcmp ogt <8 x float> %631, %635
  %637 = select <8 x i1> %636, <8 x float> %631, <8 x float> %635
  %638 = fcmp uno <8 x float> %631, %631
  %639 = select <8 x i1> %638, <8 x float> %631, <8 x float> %637
  %640 = add i64 %605, 24
  %641 = getelementptr inbounds float, float* %574, i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = fcmp ogt <8 x float> %639, %643
  %645 = select <8 x i1> %644, <8 x float> %639, <8 x float> %643
  %646 = fcmp uno <8 x float> %639, %639
  %647 = select <8 x i1> %646, <8 x float> %639, <8 x float> %645
  %648 = add i64 %605, 32
  %649 = getelementptr inbounds float, float* %574, i64 %648
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = fcmp ogt <8 x float> %647, %651
  %653 = select <8 x i1> %652, <8 x float> %647, <8 x float> %651
  %654 = fcmp uno <8 x float> %647, %647
  %655 = select <8 x i1> %654, <8 x float> %647, <8 x float> %653
  store <8 x float> %655, <8 x float>* %13, align 32
  %656 = load <8 x float>, <8 x float>* %12, align 32
  %657 = add i64 %605, 32
  %658 = getelementptr inbounds float, float* %574, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = fcmp ogt <8 x float> %656, %660
  %662 = select <8 x i1> %661, <8 x float> %656, <8 x float> %660
  %663 = fcmp uno <8 x float> %656, %656
  %664 = select <8 x i1> %663, <8 x float> %656, <8 x float> %662
  %665 = add i64 %605, 40
  %666 = getelementptr inbounds float, float* %574, i64 %665
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = fcmp ogt <8 x float> %664, %668
  %670 = select <8 x i1> %669, <8 x float> %664, <8 x float> %668
  %671 = fcmp uno <8 x float> %664, %664
  %672 = select <8 x i1> %671, <8 x float> %664, <8 x float> %670
  %673 = add i64 %605, 48
  %674 = getelementptr inbounds float, float* %574, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = fcmp ogt <8 x float> %672, %676
  %678 = select <8 x i1> %677, <8 x float> %672, <8 x float> %676
  %679 = fcmp uno <8 x float> %672, %672
  %680 = select <8 x i1> %679, <8 x float> %672, <8 x float> %678
  store <8 x float> %680, <8 x float>* %12, align 32
  %681 = load <8 x float>, <8 x float>* %11, align 32
  %682 = add i64 %605, 48
  %683 = getelementptr inbounds float, float* %574, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = fcmp ogt <8 x float> %681, %685
  %687 = select <8 x i1> %686, <8 x float> %681, <8 x float> %685
  %688 = fcmp uno <8 x float> %681, %681
  %689 = select <8 x i1> %688, <8 x float> %681, <8 x float> %687
  %690 = add i64 %605, 56
  %691 = getelementptr inbounds float, float* %574, i64 %690
  %692 = bitcast float* %691 to <8 x float>*
  %693 = load <8 x float>, <8 x float>* %692, align 4
  %694 = fcmp ogt <8 x float> %689, %693
  %695 = select <8 x i1> %694, <8 x float> %689, <8 x float> %693
  %696 = fcmp uno <8 x float> %689, %689
  %697 = select <8 x i1> %696, <8 x float> %689, <8 x float> %695
  %698 = add i64 %605, 64
  %699 = getelementptr inbounds float, float* %574, i64 %698
  %700 = bitcast float* %699 to <8 x float>*
  %701 = load <8 x float>, <8 x float>* %700, align 4
  %702 = fcmp ogt <8 x float> %697, %701
  %703 = select <8 x i1> %702, <8 x float> %697, <8 x float> %701
  %704 = fcmp uno <8 x float> %697, %697
  %705 = select <8 x i1> %704, <8 x float> %697, <8 x float> %703
  store <8 x float> %705, <8 x float>* %11, align 32
  %r.next46 = add i64 %r45, 1
  br label %r.header42

r.exit44:                                         ; preds = %r.header42
  %706 = load <8 x float>, <8 x float>* %14, align 32
  %707 = add i64 %x41, 0
  %708 = mul i64 %707, 8
  %709 = getelementptr inbounds float, float* %573, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  store <8 x float> %706, <8 x float>* %710, align 4
  %711 = load <8 x float>, <8 x float>* %13, align 32
  %712 = add i64 %x41, 1
  %713 = mul i64 %712, 8
  %714 = getelementptr inbounds float, float* %573, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  store <8 x float> %711, <8 x float>* %715, align 4
  %716 = load <8 x float>, <8 x float>* %12, align 32
  %717 = add i64 %x41, 2
  %718 = mul i64 %717, 8
  %719 = getelementptr inbounds float, float* %573, i64 %718
  %720 = bitcast float* %719 to <8 x float>*
  store <8 x float> %716, <8 x float>* %720, align 4
  %721 = load <8 x float>, <8 x float>* %11, align 32
  %722 = add i64 %x41, 3
  %723 = mul i64 %722, 8
  %724 = getelementptr inbounds float, float* %573, i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  store <8 x float> %721, <8 x float>* %725, align 4
  %x.next47 = add i64 %x41, 4
  br label %x.header38

r.header48:                                       ; preds = %r.body49, %x.exit40
  %r51 = phi i64 [ %579, %x.exit40 ], [ %r.next52, %r.body49 ]
  %726 = icmp slt i64 %r51, %581
  br i1 %726, label %r.body49, label %r.exit50

r.body49:                                         ; preds = %r.header48
  %727 = srem i64 %r51, 3
  %728 = mul i64 %727, 110
  %729 = add i64 %728, 104
  %730 = mul i64 %729, 8
  %731 = load <8 x float>, <8 x float>* %10, align 32
  %732 = add i64 %730, 0
  %733 = getelementptr inbounds float, float* %574, i64 %732
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = fcmp ogt <8 x float> %731, %735
  %737 = select <8 x i1> %736, <8 x float> %731, <8 x float> %735
  %738 = fcmp uno <8 x float> %731, %731
  %739 = select <8 x i1> %738, <8 x float> %731, <8 x float> %737
  %740 = add i64 %730, 8
  %741 = getelementptr inbounds float, float* %574, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = fcmp ogt <8 x float> %739, %743
  %745 = select <8 x i1> %744, <8 x float> %739, <8 x float> %743
  %746 = fcmp uno <8 x float> %739, %739
  %747 = select <8 x i1> %746, <8 x float> %739, <8 x float> %745
  %748 = add i64 %730, 16
  %749 = getelementptr inbounds float, float* %574, i64 %748
  %750 = bitcast float* %749 to <8 x float>*
  %751 = load <8 x float>, <8 x float>* %750, align 4
  %752 = fcmp ogt <8 x float> %747, %751
  %753 = select <8 x i1> %752, <8 x float> %747, <8 x float> %751
  %754 = fcmp uno <8 x float> %747, %747
  %755 = select <8 x i1> %754, <8 x float> %747, <8 x float> %753
  store <8 x float> %755, <8 x float>* %10, align 32
  %756 = load <8 x float>, <8 x float>* %9, align 32
  %757 = add i64 %730, 16
  %758 = getelementptr inbounds float, float* %574, i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = fcmp ogt <8 x float> %756, %760
  %762 = select <8 x i1> %761, <8 x float> %756, <8 x float> %760
  %763 = fcmp uno <8 x float> %756, %756
  %764 = select <8 x i1> %763, <8 x float> %756, <8 x float> %762
  %765 = add i64 %730, 24
  %766 = getelementptr inbounds float, float* %574, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = fcmp ogt <8 x float> %764, %768
  %770 = select <8 x i1> %769, <8 x float> %764, <8 x float> %768
  %771 = fcmp uno <8 x float> %764, %764
  %772 = select <8 x i1> %771, <8 x float> %764, <8 x float> %770
  %773 = add i64 %730, 32
  %774 = getelementptr inbounds float, float* %574, i64 %773
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = fcmp ogt <8 x float> %772, %776
  %778 = select <8 x i1> %777, <8 x float> %772, <8 x float> %776
  %779 = fcmp uno <8 x float> %772, %772
  %780 = select <8 x i1> %779, <8 x float> %772, <8 x float> %778
  store <8 x float> %780, <8 x float>* %9, align 32
  %r.next52 = add i64 %r51, 1
  br label %r.header48

r.exit50:                                         ; preds = %r.header48
  %781 = load <8 x float>, <8 x float>* %10, align 32
  %782 = getelementptr inbounds float, float* %573, i64 416
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> %781, <8 x float>* %783, align 4
  %784 = load <8 x float>, <8 x float>* %9, align 32
  %785 = getelementptr inbounds float, float* %573, i64 424
  %786 = bitcast float* %785 to <8 x float>*
  store <8 x float> %784, <8 x float>* %786, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header53

r.header53:                                       ; preds = %q.exit59, %r.exit50
  %r56 = phi i64 [ %579, %r.exit50 ], [ %r.next62, %q.exit59 ]
  %787 = icmp slt i64 %r56, %581
  br i1 %787, label %r.body54, label %r.exit55

r.body54:                                         ; preds = %r.header53
  br label %q.header57

r.exit55:                                         ; preds = %r.header53
  %788 = load <8 x float>, <8 x float>* %8, align 32
  %789 = getelementptr inbounds float, float* %573, i64 432
  %790 = bitcast float* %789 to <8 x float>*
  store <8 x float> %788, <8 x float>* %790, align 4
  %item.next = add i64 %item, 1
  br label %item.header

q.header57:                                       ; preds = %q.body58, %r.body54
  %q60 = phi i64 [ 108, %r.body54 ], [ %q.next61, %q.body58 ]
  %791 = icmp slt i64 %q60, 110
  br i1 %791, label %q.body58, label %q.exit59

q.body58:                                         ; preds = %q.header57
  %792 = srem i64 %r56, 3
  %793 = mul i64 %792, 110
  %794 = add i64 %793, %q60
  %795 = mul i64 %794, 8
  %796 = getelementptr inbounds float, float* %574, i64 %795
  %797 = bitcast float* %796 to <8 x float>*
  %798 = load <8 x float>, <8 x float>* %797, align 4
  %799 = load <8 x float>, <8 x float>* %8, align 32
  %800 = fcmp ogt <8 x float> %799, %798
  %801 = select <8 x i1> %800, <8 x float> %799, <8 x float> %798
  %802 = fcmp uno <8 x float> %799, %799
  %803 = select <8 x i1> %802, <8 x float> %799, <8 x float> %801
  store <8 x float> %803, <8 x float>* %8, align 32
  %q.next61 = add i64 %q60, 1
  br label %q.header57

q.exit59:                                         ; preds = %q.header57
  %r.next62 = add i64 %r56, 1
  br label %r.header53
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
  call void @node0.conv1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %21, i64 %23)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.lrn_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 55
  %8 = mul i64 %task, 440
  %9 = srem i64 %7, 12
  %10 = icmp sgt i64 %9, 0
  %11 = icmp slt i64 %9, 11
  %12 = select i1 %10, i64 -24200, i64 0
  %13 = select i1 %11, i64 24200, i64 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %x.body, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %x.body ]
  %14 = icmp slt i64 %x, 55
  br i1 %14, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %15 = mul i64 %x, 8
  %16 = add i64 %8, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = fmul <8 x float> %19, %19
  %21 = add i64 %16, %12
  %22 = getelementptr inbounds float, float* %1, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fmul <8 x float> %24, %24
  %26 = select i1 %10, <8 x float> %25, <8 x float> zeroinitializer
  %27 = shufflevector <8 x float> %26, <8 x float> %20, <8 x i32> <i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14>
  %28 = fadd <8 x float> %20, %27
  %29 = shufflevector <8 x float> %26, <8 x float> %20, <8 x i32> <i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13>
  %30 = fadd <8 x float> %28, %29
  %31 = add i64 %16, %13
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  %35 = fmul <8 x float> %34, %34
  %36 = select i1 %11, <8 x float> %35, <8 x float> zeroinitializer
  %37 = shufflevector <8 x float> %20, <8 x float> %36, <8 x i32> <i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8>
  %38 = fadd <8 x float> %30, %37
  %39 = shufflevector <8 x float> %20, <8 x float> %36, <8 x i32> <i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9>
  %40 = fadd <8 x float> %38, %39
  %41 = call <8 x float> @llvm.fma.v8f32(<8 x float> %40, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %42 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %41)
  %43 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %42)
  %44 = fmul <8 x float> %42, %43
  %45 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %44
  %46 = fmul <8 x float> %19, %45
  %47 = getelementptr inbounds float, float* %0, i64 %16
  %48 = bitcast float* %47 to <8 x float>*
  store <8 x float> %46, <8 x float>* %48, align 4
  %x.next = add i64 %x, 1
  br label %x.header, !llvm.loop !3

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #4

; Function Attrs: noinline nounwind
define internal void @node1.lrn_1.step0(i8* %0) #3 {
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
  call void @node1.lrn_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %next.row = alloca i64, align 8
  %ring = alloca [1248 x float], align 64
  %34 = sub i64 %7, 1
  %35 = add i64 208, %34
  %36 = sdiv i64 %35, %7
  %37 = mul i64 %6, %36
  %38 = icmp slt i64 %37, 208
  %39 = select i1 %38, i64 %37, i64 208
  %40 = add i64 %39, %36
  %41 = icmp slt i64 %40, 208
  %42 = select i1 %41, i64 %40, i64 208
  %43 = bitcast [1248 x float]* %ring to float*
  br label %item.header

item.header:                                      ; preds = %r.exit96, %entry
  %item = phi i64 [ %39, %entry ], [ %item.next, %r.exit96 ]
  %44 = icmp slt i64 %item, %42
  br i1 %44, label %item.body, label %item.exit

item.body:                                        ; preds = %item.header
  %45 = srem i64 %item, 13
  %46 = sdiv i64 %item, 13
  %47 = srem i64 %46, 16
  %48 = sdiv i64 %46, 16
  %49 = srem i64 %48, 1
  %50 = sdiv i64 %48, 1
  %51 = mul i64 %45, 2
  %52 = sub i64 %51, 0
  %53 = add i64 %52, 3
  %54 = icmp sgt i64 %52, 0
  %55 = select i1 %54, i64 %52, i64 0
  %56 = icmp slt i64 %53, 26
  %57 = select i1 %56, i64 %53, i64 26
  %58 = icmp slt i64 %53, 26
  %59 = select i1 %58, i64 %53, i64 26
  %60 = sub i64 %59, %52
  %61 = icmp eq i64 %item, %39
  %62 = icmp eq i64 %45, 0
  %63 = or i1 %61, %62
  %64 = load i64, i64* %next.row, align 8
  %65 = icmp sgt i64 %64, %55
  %66 = select i1 %65, i64 %64, i64 %55
  %67 = select i1 %63, i64 %55, i64 %66
  store i64 %57, i64* %next.row, align 8
  br label %y.header

item.exit:                                        ; preds = %item.header
  ret void

y.header:                                         ; preds = %chunk.exit, %item.body
  %y = phi i64 [ %67, %item.body ], [ %y.next, %chunk.exit ]
  %68 = icmp slt i64 %y, %57
  br i1 %68, label %y.body, label %y.exit

y.body:                                           ; preds = %y.header
  %69 = srem i64 %y, 3
  %70 = mul i64 %69, 26
  %71 = mul i64 %y, 1
  %72 = mul i64 %49, 32
  %73 = mul i64 %47, 2
  %74 = add i64 %72, %73
  %75 = mul i64 %50, 12
  %76 = mul i64 %49, 12
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 24200
  %79 = mul i64 %74, 19200
  %80 = mul i64 %71, 880
  br label %chunk.header

y.exit:                                           ; preds = %y.header
  %81 = mul i64 %49, 32
  %82 = mul i64 %47, 2
  %83 = add i64 %81, %82
  %84 = mul i64 %50, 32
  %85 = add i64 %84, %83
  %86 = add i64 %85, 0
  %87 = mul i64 %86, 13
  %88 = add i64 %87, %45
  %89 = mul i64 %88, 104
  %90 = getelementptr inbounds float, float* %0, i64 %89
  %91 = getelementptr inbounds float, float* %43, i64 0
  %92 = mul i64 %45, 2
  %93 = sub i64 %92, 0
  %94 = add i64 %93, 3
  %95 = icmp sgt i64 %93, 0
  %96 = select i1 %95, i64 %93, i64 0
  %97 = icmp slt i64 %94, 26
  %98 = select i1 %97, i64 %94, i64 26
  %99 = icmp slt i64 %94, 26
  %100 = select i1 %99, i64 %94, i64 26
  %101 = sub i64 %100, %93
  br label %x.header74

chunk.header:                                     ; preds = %kh.exit50, %y.body
  %chunk = phi i64 [ 0, %y.body ], [ %chunk.next, %kh.exit50 ]
  %102 = icmp slt i64 %chunk, 12
  br i1 %102, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %y.next = add i64 %y, 1
  br label %y.header

x.header:                                         ; preds = %kh.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %kh.exit ]
  %103 = icmp slt i64 %x, 24
  br i1 %103, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %104 = add i64 %70, %x
  %105 = add i64 %104, 0
  %106 = mul i64 %105, 8
  %107 = add i64 0, %106
  %108 = add i64 %104, 1
  %109 = mul i64 %108, 8
  %110 = add i64 0, %109
  %111 = add i64 %104, 2
  %112 = mul i64 %111, 8
  %113 = add i64 0, %112
  %114 = add i64 %104, 3
  %115 = mul i64 %114, 8
  %116 = add i64 0, %115
  %117 = add i64 %104, 4
  %118 = mul i64 %117, 8
  %119 = add i64 0, %118
  %120 = add i64 %104, 5
  %121 = mul i64 %120, 8
  %122 = add i64 0, %121
  %123 = add i64 %104, 0
  %124 = mul i64 %123, 8
  %125 = add i64 624, %124
  %126 = add i64 %104, 1
  %127 = mul i64 %126, 8
  %128 = add i64 624, %127
  %129 = add i64 %104, 2
  %130 = mul i64 %129, 8
  %131 = add i64 624, %130
  %132 = add i64 %104, 3
  %133 = mul i64 %132, 8
  %134 = add i64 624, %133
  %135 = add i64 %104, 4
  %136 = mul i64 %135, 8
  %137 = add i64 624, %136
  %138 = add i64 %104, 5
  %139 = mul i64 %138, 8
  %140 = add i64 624, %139
  %141 = add i64 %74, 0
  %142 = mul i64 %141, 8
  %143 = getelementptr inbounds float, float* %5, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %74, 1
  %147 = mul i64 %146, 8
  %148 = getelementptr inbounds float, float* %5, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = icmp eq i64 %chunk, 0
  %152 = getelementptr inbounds float, float* %43, i64 %107
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = select i1 %151, <8 x float> %145, <8 x float> %154
  store <8 x float> %155, <8 x float>* %33, align 32
  %156 = getelementptr inbounds float, float* %43, i64 %110
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = select i1 %151, <8 x float> %145, <8 x float> %158
  store <8 x float> %159, <8 x float>* %32, align 32
  %160 = getelementptr inbounds float, float* %43, i64 %113
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = select i1 %151, <8 x float> %145, <8 x float> %162
  store <8 x float> %163, <8 x float>* %31, align 32
  %164 = getelementptr inbounds float, float* %43, i64 %116
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = select i1 %151, <8 x float> %145, <8 x float> %166
  store <8 x float> %167, <8 x float>* %30, align 32
  %168 = getelementptr inbounds float, float* %43, i64 %119
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = select i1 %151, <8 x float> %145, <8 x float> %170
  store <8 x float> %171, <8 x float>* %29, align 32
  %172 = getelementptr inbounds float, float* %43, i64 %122
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = select i1 %151, <8 x float> %145, <8 x float> %174
  store <8 x float> %175, <8 x float>* %28, align 32
  %176 = getelementptr inbounds float, float* %43, i64 %125
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = select i1 %151, <8 x float> %150, <8 x float> %178
  store <8 x float> %179, <8 x float>* %27, align 32
  %180 = getelementptr inbounds float, float* %43, i64 %128
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = select i1 %151, <8 x float> %150, <8 x float> %182
  store <8 x float> %183, <8 x float>* %26, align 32
  %184 = getelementptr inbounds float, float* %43, i64 %131
  %185 = bitcast float* %184 to <8 x float>*
  %186 = load <8 x float>, <8 x float>* %185, align 4
  %187 = select i1 %151, <8 x float> %150, <8 x float> %186
  store <8 x float> %187, <8 x float>* %25, align 32
  %188 = getelementptr inbounds float, float* %43, i64 %134
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = select i1 %151, <8 x float> %150, <8 x float> %190
  store <8 x float> %191, <8 x float>* %24, align 32
  %192 = getelementptr inbounds float, float* %43, i64 %137
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = select i1 %151, <8 x float> %150, <8 x float> %194
  store <8 x float> %195, <8 x float>* %23, align 32
  %196 = getelementptr inbounds float, float* %43, i64 %140
  %197 = bitcast float* %196 to <8 x float>*
  %198 = load <8 x float>, <8 x float>* %197, align 4
  %199 = select i1 %151, <8 x float> %150, <8 x float> %198
  store <8 x float> %199, <8 x float>* %22, align 32
  %200 = mul i64 %x, 16
  %201 = add i64 %80, %200
  %202 = add i64 %78, %201
  %203 = mul i64 %chunk, 1
  %204 = add i64 %203, 0
  %205 = mul i64 %204, 24200
  %206 = add i64 %202, %205
  %207 = mul i64 %204, 1600
  %208 = add i64 %79, %207
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %209 = add i64 %70, 24
  %210 = add i64 %209, 0
  %211 = mul i64 %210, 8
  %212 = add i64 0, %211
  %213 = add i64 %209, 1
  %214 = mul i64 %213, 8
  %215 = add i64 0, %214
  %216 = add i64 %209, 0
  %217 = mul i64 %216, 8
  %218 = add i64 624, %217
  %219 = add i64 %209, 1
  %220 = mul i64 %219, 8
  %221 = add i64 624, %220
  %222 = add i64 %74, 0
  %223 = mul i64 %222, 8
  %224 = getelementptr inbounds float, float* %5, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = add i64 %74, 1
  %228 = mul i64 %227, 8
  %229 = getelementptr inbounds float, float* %5, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = icmp eq i64 %chunk, 0
  %233 = getelementptr inbounds float, float* %43, i64 %212
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = select i1 %232, <8 x float> %226, <8 x float> %235
  store <8 x float> %236, <8 x float>* %21, align 32
  %237 = getelementptr inbounds float, float* %43, i64 %215
  %238 = bitcast float* %237 to <8 x float>*
  %239 = load <8 x float>, <8 x float>* %238, align 4
  %240 = select i1 %232, <8 x float> %226, <8 x float> %239
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = getelementptr inbounds float, float* %43, i64 %218
  %242 = bitcast float* %241 to <8 x float>*
  %243 = load <8 x float>, <8 x float>* %242, align 4
  %244 = select i1 %232, <8 x float> %231, <8 x float> %243
  store <8 x float> %244, <8 x float>* %19, align 32
  %245 = getelementptr inbounds float, float* %43, i64 %221
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = select i1 %232, <8 x float> %231, <8 x float> %247
  store <8 x float> %248, <8 x float>* %18, align 32
  %249 = add i64 %80, 384
  %250 = add i64 %78, %249
  %251 = mul i64 %chunk, 1
  %252 = add i64 %251, 0
  %253 = mul i64 %252, 24200
  %254 = add i64 %250, %253
  %255 = mul i64 %252, 1600
  %256 = add i64 %79, %255
  br label %kh.header48

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %257 = icmp slt i64 %kh, 5
  br i1 %257, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %258 = mul i64 %kh, 440
  %259 = add i64 %206, %258
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %260 = icmp eq i64 %chunk, 11
  %261 = load <8 x float>, <8 x float>* %33, align 32
  %262 = fcmp olt <8 x float> %261, zeroinitializer
  %263 = select <8 x i1> %262, <8 x float> zeroinitializer, <8 x float> %261
  %264 = select i1 %260, <8 x float> %263, <8 x float> %261
  %265 = getelementptr inbounds float, float* %43, i64 %107
  %266 = bitcast float* %265 to <8 x float>*
  store <8 x float> %264, <8 x float>* %266, align 4
  %267 = load <8 x float>, <8 x float>* %32, align 32
  %268 = fcmp olt <8 x float> %267, zeroinitializer
  %269 = select <8 x i1> %268, <8 x float> zeroinitializer, <8 x float> %267
  %270 = select i1 %260, <8 x float> %269, <8 x float> %267
  %271 = getelementptr inbounds float, float* %43, i64 %110
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %270, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %31, align 32
  %274 = fcmp olt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> zeroinitializer, <8 x float> %273
  %276 = select i1 %260, <8 x float> %275, <8 x float> %273
  %277 = getelementptr inbounds float, float* %43, i64 %113
  %278 = bitcast float* %277 to <8 x float>*
  store <8 x float> %276, <8 x float>* %278, align 4
  %279 = load <8 x float>, <8 x float>* %30, align 32
  %280 = fcmp olt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> zeroinitializer, <8 x float> %279
  %282 = select i1 %260, <8 x float> %281, <8 x float> %279
  %283 = getelementptr inbounds float, float* %43, i64 %116
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %282, <8 x float>* %284, align 4
  %285 = load <8 x float>, <8 x float>* %29, align 32
  %286 = fcmp olt <8 x float> %285, zeroinitializer
  %287 = select <8 x i1> %286, <8 x float> zeroinitializer, <8 x float> %285
  %288 = select i1 %260, <8 x float> %287, <8 x float> %285
  %289 = getelementptr inbounds float, float* %43, i64 %119
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = load <8 x float>, <8 x float>* %28, align 32
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = select i1 %260, <8 x float> %293, <8 x float> %291
  %295 = getelementptr inbounds float, float* %43, i64 %122
  %296 = bitcast float* %295 to <8 x float>*
  store <8 x float> %294, <8 x float>* %296, align 4
  %297 = load <8 x float>, <8 x float>* %27, align 32
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = select i1 %260, <8 x float> %299, <8 x float> %297
  %301 = getelementptr inbounds float, float* %43, i64 %125
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %300, <8 x float>* %302, align 4
  %303 = load <8 x float>, <8 x float>* %26, align 32
  %304 = fcmp olt <8 x float> %303, zeroinitializer
  %305 = select <8 x i1> %304, <8 x float> zeroinitializer, <8 x float> %303
  %306 = select i1 %260, <8 x float> %305, <8 x float> %303
  %307 = getelementptr inbounds float, float* %43, i64 %128
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %306, <8 x float>* %308, align 4
  %309 = load <8 x float>, <8 x float>* %25, align 32
  %310 = fcmp olt <8 x float> %309, zeroinitializer
  %311 = select <8 x i1> %310, <8 x float> zeroinitializer, <8 x float> %309
  %312 = select i1 %260, <8 x float> %311, <8 x float> %309
  %313 = getelementptr inbounds float, float* %43, i64 %131
  %314 = bitcast float* %313 to <8 x float>*
  store <8 x float> %312, <8 x float>* %314, align 4
  %315 = load <8 x float>, <8 x float>* %24, align 32
  %316 = fcmp olt <8 x float> %315, zeroinitializer
  %317 = select <8 x i1> %316, <8 x float> zeroinitializer, <8 x float> %315
  %318 = select i1 %260, <8 x float> %317, <8 x float> %315
  %319 = getelementptr inbounds float, float* %43, i64 %134
  %320 = bitcast float* %319 to <8 x float>*
  store <8 x float> %318, <8 x float>* %320, align 4
  %321 = load <8 x float>, <8 x float>* %23, align 32
  %322 = fcmp olt <8 x float> %321, zeroinitializer
  %323 = select <8 x i1> %322, <8 x float> zeroinitializer, <8 x float> %321
  %324 = select i1 %260, <8 x float> %323, <8 x float> %321
  %325 = getelementptr inbounds float, float* %43, i64 %137
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %324, <8 x float>* %326, align 4
  %327 = load <8 x float>, <8 x float>* %22, align 32
  %328 = fcmp olt <8 x float> %327, zeroinitializer
  %329 = select <8 x i1> %328, <8 x float> zeroinitializer, <8 x float> %327
  %330 = select i1 %260, <8 x float> %329, <8 x float> %327
  %331 = getelementptr inbounds float, float* %43, i64 %140
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %330, <8 x float>* %332, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %333 = icmp slt i64 %kw, 5
  br i1 %333, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %334 = mul i64 %kw, 8
  %335 = add i64 %259, %334
  %336 = mul i64 %kh, 5
  %337 = add i64 %336, %kw
  %338 = mul i64 %337, 64
  %339 = add i64 %208, %338
  %340 = add i64 %339, 0
  %341 = getelementptr inbounds float, float* %4, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %339, 19200
  %345 = getelementptr inbounds float, float* %4, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %335, 0
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %33, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %343, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %33, align 32
  %354 = load <8 x float>, <8 x float>* %27, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %347, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %27, align 32
  %356 = add i64 %335, 16
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat1 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %32, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %343, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %32, align 32
  %362 = load <8 x float>, <8 x float>* %26, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %347, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %26, align 32
  %364 = add i64 %335, 32
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat2 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %31, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %343, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %31, align 32
  %370 = load <8 x float>, <8 x float>* %25, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %347, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %25, align 32
  %372 = add i64 %335, 48
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat3 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %30, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %343, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %30, align 32
  %378 = load <8 x float>, <8 x float>* %24, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %347, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %24, align 32
  %380 = add i64 %335, 64
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat4 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %29, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %343, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %29, align 32
  %386 = load <8 x float>, <8 x float>* %23, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %347, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %23, align 32
  %388 = add i64 %335, 80
  %389 = getelementptr inbounds float, float* %1, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat5 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %28, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %343, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %28, align 32
  %394 = load <8 x float>, <8 x float>* %22, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %347, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %22, align 32
  %396 = add i64 %339, 8
  %397 = getelementptr inbounds float, float* %4, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %339, 19208
  %401 = getelementptr inbounds float, float* %4, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %335, 1
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat6 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %33, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %399, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %33, align 32
  %410 = load <8 x float>, <8 x float>* %27, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %403, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %27, align 32
  %412 = add i64 %335, 17
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat7 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %32, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %399, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %32, align 32
  %418 = load <8 x float>, <8 x float>* %26, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %403, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %26, align 32
  %420 = add i64 %335, 33
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat8 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %31, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %399, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %31, align 32
  %426 = load <8 x float>, <8 x float>* %25, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %403, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %25, align 32
  %428 = add i64 %335, 49
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat9 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %30, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %399, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %30, align 32
  %434 = load <8 x float>, <8 x float>* %24, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %403, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %24, align 32
  %436 = add i64 %335, 65
  %437 = getelementptr inbounds float, float* %1, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat10 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %29, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %399, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %29, align 32
  %442 = load <8 x float>, <8 x float>* %23, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %403, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %23, align 32
  %444 = add i64 %335, 81
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat11 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %28, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %399, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %28, align 32
  %450 = load <8 x float>, <8 x float>* %22, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %403, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %22, align 32
  %452 = add i64 %339, 16
  %453 = getelementptr inbounds float, float* %4, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %339, 19216
  %457 = getelementptr inbounds float, float* %4, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %335, 2
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat12 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %33, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %455, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %33, align 32
  %466 = load <8 x float>, <8 x float>* %27, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %459, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %27, align 32
  %468 = add i64 %335, 18
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat13 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %32, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %455, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %32, align 32
  %474 = load <8 x float>, <8 x float>* %26, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %459, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %26, align 32
  %476 = add i64 %335, 34
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat14 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %31, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %455, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %31, align 32
  %482 = load <8 x float>, <8 x float>* %25, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %459, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %25, align 32
  %484 = add i64 %335, 50
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat15 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %30, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %455, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %30, align 32
  %490 = load <8 x float>, <8 x float>* %24, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %459, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %24, align 32
  %492 = add i64 %335, 66
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat16 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %29, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %455, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %29, align 32
  %498 = load <8 x float>, <8 x float>* %23, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %459, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %23, align 32
  %500 = add i64 %335, 82
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat17 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %28, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %455, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %28, align 32
  %506 = load <8 x float>, <8 x float>* %22, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %459, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %22, align 32
  %508 = add i64 %339, 24
  %509 = getelementptr inbounds float, float* %4, i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  %511 = load <8 x float>, <8 x float>* %510, align 4
  %512 = add i64 %339, 19224
  %513 = getelementptr inbounds float, float* %4, i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = add i64 %335, 3
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat18 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %33, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %511, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %33, align 32
  %522 = load <8 x float>, <8 x float>* %27, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %515, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %27, align 32
  %524 = add i64 %335, 19
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat19 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %32, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %511, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %32, align 32
  %530 = load <8 x float>, <8 x float>* %26, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %515, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %26, align 32
  %532 = add i64 %335, 35
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat20 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %31, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %511, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %31, align 32
  %538 = load <8 x float>, <8 x float>* %25, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %515, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %25, align 32
  %540 = add i64 %335, 51
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat21 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %30, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %511, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %30, align 32
  %546 = load <8 x float>, <8 x float>* %24, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %515, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %24, align 32
  %548 = add i64 %335, 67
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat22 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %29, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %511, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %29, align 32
  %554 = load <8 x float>, <8 x float>* %23, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %515, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %23, align 32
  %556 = add i64 %335, 83
  %557 = getelementptr inbounds float, float* %1, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat23 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %28, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %511, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %28, align 32
  %562 = load <8 x float>, <8 x float>* %22, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %515, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %22, align 32
  %564 = add i64 %339, 32
  %565 = getelementptr inbounds float, float* %4, i64 %564
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = add i64 %339, 19232
  %569 = getelementptr inbounds float, float* %4, i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %335, 4
  %573 = getelementptr inbounds float, float* %1, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat24 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %33, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %567, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %33, align 32
  %578 = load <8 x float>, <8 x float>* %27, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %571, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %27, align 32
  %580 = add i64 %335, 20
  %581 = getelementptr inbounds float, float* %1, i64 %580
  %582 = load float, float* %581, align 4
  %583 = insertelement <8 x float> undef, float %582, i32 0
  %splat25 = shufflevector <8 x float> %583, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, <8 x float>* %32, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %567, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %32, align 32
  %586 = load <8 x float>, <8 x float>* %26, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %571, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %26, align 32
  %588 = add i64 %335, 36
  %589 = getelementptr inbounds float, float* %1, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat26 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %31, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %567, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %31, align 32
  %594 = load <8 x float>, <8 x float>* %25, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %571, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %25, align 32
  %596 = add i64 %335, 52
  %597 = getelementptr inbounds float, float* %1, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat27 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %30, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %567, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %30, align 32
  %602 = load <8 x float>, <8 x float>* %24, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %571, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %24, align 32
  %604 = add i64 %335, 68
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat28 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %29, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %567, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %29, align 32
  %610 = load <8 x float>, <8 x float>* %23, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %571, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %23, align 32
  %612 = add i64 %335, 84
  %613 = getelementptr inbounds float, float* %1, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat29 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %28, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %567, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %28, align 32
  %618 = load <8 x float>, <8 x float>* %22, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %571, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %22, align 32
  %620 = add i64 %339, 40
  %621 = getelementptr inbounds float, float* %4, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  %623 = load <8 x float>, <8 x float>* %622, align 4
  %624 = add i64 %339, 19240
  %625 = getelementptr inbounds float, float* %4, i64 %624
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = add i64 %335, 5
  %629 = getelementptr inbounds float, float* %1, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat30 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %33, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %623, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %33, align 32
  %634 = load <8 x float>, <8 x float>* %27, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %627, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %27, align 32
  %636 = add i64 %335, 21
  %637 = getelementptr inbounds float, float* %1, i64 %636
  %638 = load float, float* %637, align 4
  %639 = insertelement <8 x float> undef, float %638, i32 0
  %splat31 = shufflevector <8 x float> %639, <8 x float> undef, <8 x i32> zeroinitializer
  %640 = load <8 x float>, <8 x float>* %32, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %623, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %32, align 32
  %642 = load <8 x float>, <8 x float>* %26, align 32
  %643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %627, <8 x float> %642)
  store <8 x float> %643, <8 x float>* %26, align 32
  %644 = add i64 %335, 37
  %645 = getelementptr inbounds float, float* %1, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat32 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %31, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %623, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %31, align 32
  %650 = load <8 x float>, <8 x float>* %25, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %627, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %25, align 32
  %652 = add i64 %335, 53
  %653 = getelementptr inbounds float, float* %1, i64 %652
  %654 = load float, float* %653, align 4
  %655 = insertelement <8 x float> undef, float %654, i32 0
  %splat33 = shufflevector <8 x float> %655, <8 x float> undef, <8 x i32> zeroinitializer
  %656 = load <8 x float>, <8 x float>* %30, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %623, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %30, align 32
  %658 = load <8 x float>, <8 x float>* %24, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %627, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %24, align 32
  %660 = add i64 %335, 69
  %661 = getelementptr inbounds float, float* %1, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat34 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %29, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %623, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %29, align 32
  %666 = load <8 x float>, <8 x float>* %23, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %627, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %23, align 32
  %668 = add i64 %335, 85
  %669 = getelementptr inbounds float, float* %1, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat35 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %28, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %623, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %28, align 32
  %674 = load <8 x float>, <8 x float>* %22, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %627, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %22, align 32
  %676 = add i64 %339, 48
  %677 = getelementptr inbounds float, float* %4, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = add i64 %339, 19248
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %335, 6
  %685 = getelementptr inbounds float, float* %1, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat36 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %33, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %679, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %33, align 32
  %690 = load <8 x float>, <8 x float>* %27, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %683, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %27, align 32
  %692 = add i64 %335, 22
  %693 = getelementptr inbounds float, float* %1, i64 %692
  %694 = load float, float* %693, align 4
  %695 = insertelement <8 x float> undef, float %694, i32 0
  %splat37 = shufflevector <8 x float> %695, <8 x float> undef, <8 x i32> zeroinitializer
  %696 = load <8 x float>, <8 x float>* %32, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %679, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %32, align 32
  %698 = load <8 x float>, <8 x float>* %26, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %683, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %26, align 32
  %700 = add i64 %335, 38
  %701 = getelementptr inbounds float, float* %1, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat38 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %31, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %679, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %31, align 32
  %706 = load <8 x float>, <8 x float>* %25, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %683, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %25, align 32
  %708 = add i64 %335, 54
  %709 = getelementptr inbounds float, float* %1, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat39 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %30, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %679, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %30, align 32
  %714 = load <8 x float>, <8 x float>* %24, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %683, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %24, align 32
  %716 = add i64 %335, 70
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat40 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %29, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %679, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %29, align 32
  %722 = load <8 x float>, <8 x float>* %23, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %683, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %23, align 32
  %724 = add i64 %335, 86
  %725 = getelementptr inbounds float, float* %1, i64 %724
  %726 = load float, float* %725, align 4
  %727 = insertelement <8 x float> undef, float %726, i32 0
  %splat41 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %728 = load <8 x float>, <8 x float>* %28, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %679, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %28, align 32
  %730 = load <8 x float>, <8 x float>* %22, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %683, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %22, align 32
  %732 = add i64 %339, 56
  %733 = getelementptr inbounds float, float* %4, i64 %732
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = add i64 %339, 19256
  %737 = getelementptr inbounds float, float* %4, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %335, 7
  %741 = getelementptr inbounds float, float* %1, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat42 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %33, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %735, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %33, align 32
  %746 = load <8 x float>, <8 x float>* %27, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %739, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %27, align 32
  %748 = add i64 %335, 23
  %749 = getelementptr inbounds float, float* %1, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat43 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %32, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %735, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %32, align 32
  %754 = load <8 x float>, <8 x float>* %26, align 32
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %739, <8 x float> %754)
  store <8 x float> %755, <8 x float>* %26, align 32
  %756 = add i64 %335, 39
  %757 = getelementptr inbounds float, float* %1, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat44 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %31, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %735, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %31, align 32
  %762 = load <8 x float>, <8 x float>* %25, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %739, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %25, align 32
  %764 = add i64 %335, 55
  %765 = getelementptr inbounds float, float* %1, i64 %764
  %766 = load float, float* %765, align 4
  %767 = insertelement <8 x float> undef, float %766, i32 0
  %splat45 = shufflevector <8 x float> %767, <8 x float> undef, <8 x i32> zeroinitializer
  %768 = load <8 x float>, <8 x float>* %30, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %735, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %30, align 32
  %770 = load <8 x float>, <8 x float>* %24, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %739, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %24, align 32
  %772 = add i64 %335, 71
  %773 = getelementptr inbounds float, float* %1, i64 %772
  %774 = load float, float* %773, align 4
  %775 = insertelement <8 x float> undef, float %774, i32 0
  %splat46 = shufflevector <8 x float> %775, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, <8 x float>* %29, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %735, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %29, align 32
  %778 = load <8 x float>, <8 x float>* %23, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %739, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %23, align 32
  %780 = add i64 %335, 87
  %781 = getelementptr inbounds float, float* %1, i64 %780
  %782 = load float, float* %781, align 4
  %783 = insertelement <8 x float> undef, float %782, i32 0
  %splat47 = shufflevector <8 x float> %783, <8 x float> undef, <8 x i32> zeroinitializer
  %784 = load <8 x float>, <8 x float>* %28, align 32
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %735, <8 x float> %784)
  store <8 x float> %785, <8 x float>* %28, align 32
  %786 = load <8 x float>, <8 x float>* %22, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %739, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %22, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header48:                                      ; preds = %kw.exit54, %x.exit
  %kh51 = phi i64 [ 0, %x.exit ], [ %kh.next73, %kw.exit54 ]
  %788 = icmp slt i64 %kh51, 5
  br i1 %788, label %kh.body49, label %kh.exit50

kh.body49:                                        ; preds = %kh.header48
  %789 = mul i64 %kh51, 440
  %790 = add i64 %254, %789
  br label %kw.header52

kh.exit50:                                        ; preds = %kh.header48
  %791 = icmp eq i64 %chunk, 11
  %792 = load <8 x float>, <8 x float>* %21, align 32
  %793 = fcmp olt <8 x float> %792, zeroinitializer
  %794 = select <8 x i1> %793, <8 x float> zeroinitializer, <8 x float> %792
  %795 = select i1 %791, <8 x float> %794, <8 x float> %792
  %796 = getelementptr inbounds float, float* %43, i64 %212
  %797 = bitcast float* %796 to <8 x float>*
  store <8 x float> %795, <8 x float>* %797, align 4
  %798 = load <8 x float>, <8 x float>* %20, align 32
  %799 = fcmp olt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> zeroinitializer, <8 x float> %798
  %801 = select i1 %791, <8 x float> %800, <8 x float> %798
  %802 = getelementptr inbounds float, float* %43, i64 %215
  %803 = bitcast float* %802 to <8 x float>*
  store <8 x float> %801, <8 x float>* %803, align 4
  %804 = load <8 x float>, <8 x float>* %19, align 32
  %805 = fcmp olt <8 x float> %804, zeroinitializer
  %806 = select <8 x i1> %805, <8 x float> zeroinitializer, <8 x float> %804
  %807 = select i1 %791, <8 x float> %806, <8 x float> %804
  %808 = getelementptr inbounds float, float* %43, i64 %218
  %809 = bitcast float* %808 to <8 x float>*
  store <8 x float> %807, <8 x float>* %809, align 4
  %810 = load <8 x float>, <8 x float>* %18, align 32
  %811 = fcmp olt <8 x float> %810, zeroinitializer
  %812 = select <8 x i1> %811, <8 x float> zeroinitializer, <8 x float> %810
  %813 = select i1 %791, <8 x float> %812, <8 x float> %810
  %814 = getelementptr inbounds float, float* %43, i64 %221
  %815 = bitcast float* %814 to <8 x float>*
  store <8 x float> %813, <8 x float>* %815, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !4

kw.header52:                                      ; preds = %kw.body53, %kh.body49
  %kw55 = phi i64 [ 0, %kh.body49 ], [ %kw.next72, %kw.body53 ]
  %816 = icmp slt i64 %kw55, 5
  br i1 %816, label %kw.body53, label %kw.exit54

kw.body53:                                        ; preds = %kw.header52
  %817 = mul i64 %kw55, 8
  %818 = add i64 %790, %817
  %819 = mul i64 %kh51, 5
  %820 = add i64 %819, %kw55
  %821 = mul i64 %820, 64
  %822 = add i64 %256, %821
  %823 = add i64 %822, 0
  %824 = getelementptr inbounds float, float* %4, i64 %823
  %825 = bitcast float* %824 to <8 x float>*
  %826 = load <8 x float>, <8 x float>* %825, align 4
  %827 = add i64 %822, 19200
  %828 = getelementptr inbounds float, float* %4, i64 %827
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = add i64 %818, 0
  %832 = getelementptr inbounds float, float* %1, i64 %831
  %833 = load float, float* %832, align 4
  %834 = insertelement <8 x float> undef, float %833, i32 0
  %splat56 = shufflevector <8 x float> %834, <8 x float> undef, <8 x i32> zeroinitializer
  %835 = load <8 x float>, <8 x float>* %21, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %826, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %21, align 32
  %837 = load <8 x float>, <8 x float>* %19, align 32
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %830, <8 x float> %837)
  store <8 x float> %838, <8 x float>* %19, align 32
  %839 = add i64 %818, 16
  %840 = getelementptr inbounds float, float* %1, i64 %839
  %841 = load float, float* %840, align 4
  %842 = insertelement <8 x float> undef, float %841, i32 0
  %splat57 = shufflevector <8 x float> %842, <8 x float> undef, <8 x i32> zeroinitializer
  %843 = load <8 x float>, <8 x float>* %20, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %826, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %20, align 32
  %845 = load <8 x float>, <8 x float>* %18, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %830, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %18, align 32
  %847 = add i64 %822, 8
  %848 = getelementptr inbounds float, float* %4, i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  %850 = load <8 x float>, <8 x float>* %849, align 4
  %851 = add i64 %822, 19208
  %852 = getelementptr inbounds float, float* %4, i64 %851
  %853 = bitcast float* %852 to <8 x float>*
  %854 = load <8 x float>, <8 x float>* %853, align 4
  %855 = add i64 %818, 1
  %856 = getelementptr inbounds float, float* %1, i64 %855
  %857 = load float, float* %856, align 4
  %858 = insertelement <8 x float> undef, float %857, i32 0
  %splat58 = shufflevector <8 x float> %858, <8 x float> undef, <8 x i32> zeroinitializer
  %859 = load <8 x float>, <8 x float>* %21, align 32
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %850, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %21, align 32
  %861 = load <8 x float>, <8 x float>* %19, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %854, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %19, align 32
  %863 = add i64 %818, 17
  %864 = getelementptr inbounds float, float* %1, i64 %863
  %865 = load float, float* %864, align 4
  %866 = insertelement <8 x float> undef, float %865, i32 0
  %splat59 = shufflevector <8 x float> %866, <8 x float> undef, <8 x i32> zeroinitializer
  %867 = load <8 x float>, <8 x float>* %20, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %850, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %20, align 32
  %869 = load <8 x float>, <8 x float>* %18, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %854, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %18, align 32
  %871 = add i64 %822, 16
  %872 = getelementptr inbounds float, float* %4, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = add i64 %822, 19216
  %876 = getelementptr inbounds float, float* %4, i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = add i64 %818, 2
  %880 = getelementptr inbounds float, float* %1, i64 %879
  %881 = load float, float* %880, align 4
  %882 = insertelement <8 x float> undef, float %881, i32 0
  %splat60 = shufflevector <8 x float> %882, <8 x float> undef, <8 x i32> zeroinitializer
  %883 = load <8 x float>, <8 x float>* %21, align 32
  %884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %874, <8 x float> %883)
  store <8 x float> %884, <8 x float>* %21, align 32
  %885 = load <8 x float>, <8 x float>* %19, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %878, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %19, align 32
  %887 = add i64 %818, 18
  %888 = getelementptr inbounds float, float* %1, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat61 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %20, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %874, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %20, align 32
  %893 = load <8 x float>, <8 x float>* %18, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %878, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %18, align 32
  %895 = add i64 %822, 24
  %896 = getelementptr inbounds float, float* %4, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  %898 = load <8 x float>, <8 x float>* %897, align 4
  %899 = add i64 %822, 19224
  %900 = getelementptr inbounds float, float* %4, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %818, 3
  %904 = getelementptr inbounds float, float* %1, i64 %903
  %905 = load float, float* %904, align 4
  %906 = insertelement <8 x float> undef, float %905, i32 0
  %splat62 = shufflevector <8 x float> %906, <8 x float> undef, <8 x i32> zeroinitializer
  %907 = load <8 x float>, <8 x float>* %21, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %898, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %21, align 32
  %909 = load <8 x float>, <8 x float>* %19, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %902, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %19, align 32
  %911 = add i64 %818, 19
  %912 = getelementptr inbounds float, float* %1, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat63 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %20, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %898, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %20, align 32
  %917 = load <8 x float>, <8 x float>* %18, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %902, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %18, align 32
  %919 = add i64 %822, 32
  %920 = getelementptr inbounds float, float* %4, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = add i64 %822, 19232
  %924 = getelementptr inbounds float, float* %4, i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = add i64 %818, 4
  %928 = getelementptr inbounds float, float* %1, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat64 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %21, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %922, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %21, align 32
  %933 = load <8 x float>, <8 x float>* %19, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %926, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %19, align 32
  %935 = add i64 %818, 20
  %936 = getelementptr inbounds float, float* %1, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat65 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %20, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %922, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %20, align 32
  %941 = load <8 x float>, <8 x float>* %18, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %926, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %18, align 32
  %943 = add i64 %822, 40
  %944 = getelementptr inbounds float, float* %4, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = add i64 %822, 19240
  %948 = getelementptr inbounds float, float* %4, i64 %947
  %949 = bitcast float* %948 to <8 x float>*
  %950 = load <8 x float>, <8 x float>* %949, align 4
  %951 = add i64 %818, 5
  %952 = getelementptr inbounds float, float* %1, i64 %951
  %953 = load float, float* %952, align 4
  %954 = insertelement <8 x float> undef, float %953, i32 0
  %splat66 = shufflevector <8 x float> %954, <8 x float> undef, <8 x i32> zeroinitializer
  %955 = load <8 x float>, <8 x float>* %21, align 32
  %956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %946, <8 x float> %955)
  store <8 x float> %956, <8 x float>* %21, align 32
  %957 = load <8 x float>, <8 x float>* %19, align 32
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %950, <8 x float> %957)
  store <8 x float> %958, <8 x float>* %19, align 32
  %959 = add i64 %818, 21
  %960 = getelementptr inbounds float, float* %1, i64 %959
  %961 = load float, float* %960, align 4
  %962 = insertelement <8 x float> undef, float %961, i32 0
  %splat67 = shufflevector <8 x float> %962, <8 x float> undef, <8 x i32> zeroinitializer
  %963 = load <8 x float>, <8 x float>* %20, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %946, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %20, align 32
  %965 = load <8 x float>, <8 x float>* %18, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %950, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %18, align 32
  %967 = add i64 %822, 48
  %968 = getelementptr inbounds float, float* %4, i64 %967
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = add i64 %822, 19248
  %972 = getelementptr inbounds float, float* %4, i64 %971
  %973 = bitcast float* %972 to <8 x float>*
  %974 = load <8 x float>, <8 x float>* %973, align 4
  %975 = add i64 %818, 6
  %976 = getelementptr inbounds float, float* %1, i64 %975
  %977 = load float, float* %976, align 4
  %978 = insertelement <8 x float> undef, float %977, i32 0
  %splat68 = shufflevector <8 x float> %978, <8 x float> undef, <8 x i32> zeroinitializer
  %979 = load <8 x float>, <8 x float>* %21, align 32
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %970, <8 x float> %979)
  store <8 x float> %980, <8 x float>* %21, align 32
  %981 = load <8 x float>, <8 x float>* %19, align 32
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %974, <8 x float> %981)
  store <8 x float> %982, <8 x float>* %19, align 32
  %983 = add i64 %818, 22
  %984 = getelementptr inbounds float, float* %1, i64 %983
  %985 = load float, float* %984, align 4
  %986 = insertelement <8 x float> undef, float %985, i32 0
  %splat69 = shufflevector <8 x float> %986, <8 x float> undef, <8 x i32> zeroinitializer
  %987 = load <8 x float>, <8 x float>* %20, align 32
  %988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %970, <8 x float> %987)
  store <8 x float> %988, <8 x float>* %20, align 32
  %989 = load <8 x float>, <8 x float>* %18, align 32
  %990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %974, <8 x float> %989)
  store <8 x float> %990, <8 x float>* %18, align 32
  %991 = add i64 %822, 56
  %992 = getelementptr inbounds float, float* %4, i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = add i64 %822, 19256
  %996 = getelementptr inbounds float, float* %4, i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = add i64 %818, 7
  %1000 = getelementptr inbounds float, float* %1, i64 %999
  %1001 = load float, float* %1000, align 4
  %1002 = insertelement <8 x float> undef, float %1001, i32 0
  %splat70 = shufflevector <8 x float> %1002, <8 x float> undef, <8 x i32> zeroinitializer
  %1003 = load <8 x float>, <8 x float>* %21, align 32
  %1004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %994, <8 x float> %1003)
  store <8 x float> %1004, <8 x float>* %21, align 32
  %1005 = load <8 x float>, <8 x float>* %19, align 32
  %1006 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %998, <8 x float> %1005)
  store <8 x float> %1006, <8 x float>* %19, align 32
  %1007 = add i64 %818, 23
  %1008 = getelementptr inbounds float, float* %1, i64 %1007
  %1009 = load float, float* %1008, align 4
  %1010 = insertelement <8 x float> undef, float %1009, i32 0
  %splat71 = shufflevector <8 x float> %1010, <8 x float> undef, <8 x i32> zeroinitializer
  %1011 = load <8 x float>, <8 x float>* %20, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %994, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %20, align 32
  %1013 = load <8 x float>, <8 x float>* %18, align 32
  %1014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %998, <8 x float> %1013)
  store <8 x float> %1014, <8 x float>* %18, align 32
  %kw.next72 = add i64 %kw55, 1
  br label %kw.header52

kw.exit54:                                        ; preds = %kw.header52
  %kh.next73 = add i64 %kh51, 1
  br label %kh.header48

x.header74:                                       ; preds = %r.exit, %y.exit
  %x77 = phi i64 [ 0, %y.exit ], [ %x.next78, %r.exit ]
  %1015 = icmp slt i64 %x77, 12
  br i1 %1015, label %x.body75, label %x.exit76

x.body75:                                         ; preds = %x.header74
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %17, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %16, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %15, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %14, align 32
  %1016 = mul i64 %x77, 2
  %1017 = sub i64 %1016, 0
  br label %r.header

x.exit76:                                         ; preds = %x.header74
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %13, align 32
  br label %r.header79

r.header:                                         ; preds = %r.body, %x.body75
  %r = phi i64 [ %96, %x.body75 ], [ %r.next, %r.body ]
  %1018 = icmp slt i64 %r, %98
  br i1 %1018, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %1019 = srem i64 %r, 3
  %1020 = mul i64 %1019, 26
  %1021 = add i64 %1020, %1017
  %1022 = mul i64 %1021, 8
  %1023 = load <8 x float>, <8 x float>* %17, align 32
  %1024 = add i64 %1022, 0
  %1025 = getelementptr inbounds float, float* %91, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = fcmp ogt <8 x float> %1023, %1027
  %1029 = select <8 x i1> %1028, <8 x float> %1023, <8 x float> %1027
  %1030 = fcmp uno <8 x float> %1023, %1023
  %1031 = select <8 x i1> %1030, <8 x float> %1023, <8 x float> %1029
  %1032 = add i64 %1022, 8
  %1033 = getelementptr inbounds float, float* %91, i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = fcmp ogt <8 x float> %1031, %1035
  %1037 = select <8 x i1> %1036, <8 x float> %1031, <8 x float> %1035
  %1038 = fcmp uno <8 x float> %1031, %1031
  %1039 = select <8 x i1> %1038, <8 x float> %1031, <8 x float> %1037
  %1040 = add i64 %1022, 16
  %1041 = getelementptr inbounds float, float* %91, i64 %1040
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = fcmp ogt <8 x float> %1039, %1043
  %1045 = select <8 x i1> %1044, <8 x float> %1039, <8 x float> %1043
  %1046 = fcmp uno <8 x float> %1039, %1039
  %1047 = select <8 x i1> %1046, <8 x float> %1039, <8 x float> %1045
  store <8 x float> %1047, <8 x float>* %17, align 32
  %1048 = load <8 x float>, <8 x float>* %16, align 32
  %1049 = add i64 %1022, 16
  %1050 = getelementptr inbounds float, float* %91, i64 %1049
  %1051 = bitcast float* %1050 to <8 x float>*
  %1052 = load <8 x float>, <8 x float>* %1051, align 4
  %1053 = fcmp ogt <8 x float> %1048, %1052
  %1054 = select <8 x i1> %1053, <8 x float> %1048, <8 x float> %1052
  %1055 = fcmp uno <8 x float> %1048, %1048
  %1056 = select <8 x i1> %1055, <8 x float> %1048, <8 x float> %1054
  %1057 = add i64 %1022, 24
  %1058 = getelementptr inbounds float, float* %91, i64 %1057
  %1059 = bitcast float* %1058 to <8 x float>*
  %1060 = load <8 x float>, <8 x float>* %1059, align 4
  %1061 = fcmp ogt <8 x float> %1056, %1060
  %1062 = select <8 x i1> %1061, <8 x float> %1056, <8 x float> %1060
  %1063 = fcmp uno <8 x float> %1056, %1056
  %1064 = select <8 x i1> %1063, <8 x float> %1056, <8 x float> %1062
  %1065 = add i64 %1022, 32
  %1066 = getelementptr inbounds float, float* %91, i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = fcmp ogt <8 x float> %1064, %1068
  %1070 = select <8 x i1> %1069, <8 x float> %1064, <8 x float> %1068
  %1071 = fcmp uno <8 x float> %1064, %1064
  %1072 = select <8 x i1> %1071, <8 x float> %1064, <8 x float> %1070
  store <8 x float> %1072, <8 x float>* %16, align 32
  %1073 = load <8 x float>, <8 x float>* %15, align 32
  %1074 = add i64 %1022, 32
  %1075 = getelementptr inbounds float, float* %91, i64 %1074
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = fcmp ogt <8 x float> %1073, %1077
  %1079 = select <8 x i1> %1078, <8 x float> %1073, <8 x float> %1077
  %1080 = fcmp uno <8 x float> %1073, %1073
  %1081 = select <8 x i1> %1080, <8 x float> %1073, <8 x float> %1079
  %1082 = add i64 %1022, 40
  %1083 = getelementptr inbounds float, float* %91, i64 %1082
  %1084 = bitcast float* %1083 to <8 x float>*
  %1085 = load <8 x float>, <8 x float>* %1084, align 4
  %1086 = fcmp ogt <8 x float> %1081, %1085
  %1087 = select <8 x i1> %1086, <8 x float> %1081, <8 x float> %1085
  %1088 = fcmp uno <8 x float> %1081, %1081
  %1089 = select <8 x i1> %1088, <8 x float> %1081, <8 x float> %1087
  %1090 = add i64 %1022, 48
  %1091 = getelementptr inbounds float, float* %91, i64 %1090
  %1092 = bitcast float* %1091 to <8 x float>*
  %1093 = load <8 x float>, <8 x float>* %1092, align 4
  %1094 = fcmp ogt <8 x float> %1089, %1093
  %1095 = select <8 x i1> %1094, <8 x float> %1089, <8 x float> %1093
  %1096 = fcmp uno <8 x float> %1089, %1089
  %1097 = select <8 x i1> %1096, <8 x float> %1089, <8 x float> %1095
  store <8 x float> %1097, <8 x float>* %15, align 32
  %1098 = load <8 x float>, <8 x float>* %14, align 32
  %1099 = add i64 %1022, 48
  %1100 = getelementptr inbounds float, float* %91, i64 %1099
  %1101 = bitcast float* %1100 to <8 x float>*
  %1102 = load <8 x float>, <8 x float>* %1101, align 4
  %1103 = fcmp ogt <8 x float> %1098, %1102
  %1104 = select <8 x i1> %1103, <8 x float> %1098, <8 x float> %1102
  %1105 = fcmp uno <8 x float> %1098, %1098
  %1106 = select <8 x i1> %1105, <8 x float> %1098, <8 x float> %1104
  %1107 = add i64 %1022, 56
  %1108 = getelementptr inbounds float, float* %91, i64 %1107
  %1109 = bitcast float* %1108 to <8 x float>*
  %1110 = load <8 x float>, <8 x float>* %1109, align 4
  %1111 = fcmp ogt <8 x float> %1106, %1110
  %1112 = select <8 x i1> %1111, <8 x float> %1106, <8 x float> %1110
  %1113 = fcmp uno <8 x float> %1106, %1106
  %1114 = select <8 x i1> %1113, <8 x float> %1106, <8 x float> %1112
  %1115 = add i64 %1022, 64
  %1116 = getelementptr inbounds float, float* %91, i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = fcmp ogt <8 x float> %1114, %1118
  %1120 = select <8 x i1> %1119, <8 x float> %1114, <8 x float> %1118
  %1121 = fcmp uno <8 x float> %1114, %1114
  %1122 = select <8 x i1> %1121, <8 x float> %1114, <8 x float> %1120
  store <8 x float> %1122, <8 x float>* %14, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %1123 = load <8 x float>, <8 x float>* %17, align 32
  %1124 = add i64 %x77, 0
  %1125 = mul i64 %1124, 8
  %1126 = getelementptr inbounds float, float* %90, i64 %1125
  %1127 = bitcast float* %1126 to <8 x float>*
  store <8 x float> %1123, <8 x float>* %1127, align 4
  %1128 = load <8 x float>, <8 x float>* %16, align 32
  %1129 = add i64 %x77, 1
  %1130 = mul i64 %1129, 8
  %1131 = getelementptr inbounds float, float* %90, i64 %1130
  %1132 = bitcast float* %1131 to <8 x float>*
  store <8 x float> %1128, <8 x float>* %1132, align 4
  %1133 = load <8 x float>, <8 x float>* %15, align 32
  %1134 = add i64 %x77, 2
  %1135 = mul i64 %1134, 8
  %1136 = getelementptr inbounds float, float* %90, i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  store <8 x float> %1133, <8 x float>* %1137, align 4
  %1138 = load <8 x float>, <8 x float>* %14, align 32
  %1139 = add i64 %x77, 3
  %1140 = mul i64 %1139, 8
  %1141 = getelementptr inbounds float, float* %90, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  store <8 x float> %1138, <8 x float>* %1142, align 4
  %x.next78 = add i64 %x77, 4
  br label %x.header74

r.header79:                                       ; preds = %q.exit, %x.exit76
  %r82 = phi i64 [ %96, %x.exit76 ], [ %r.next83, %q.exit ]
  %1143 = icmp slt i64 %r82, %98
  br i1 %1143, label %r.body80, label %r.exit81

r.body80:                                         ; preds = %r.header79
  br label %q.header

r.exit81:                                         ; preds = %r.header79
  %1144 = load <8 x float>, <8 x float>* %13, align 32
  %1145 = getelementptr inbounds float, float* %90, i64 96
  %1146 = bitcast float* %1145 to <8 x float>*
  store <8 x float> %1144, <8 x float>* %1146, align 4
  %1147 = mul i64 %50, 32
  %1148 = add i64 %1147, %83
  %1149 = add i64 %1148, 1
  %1150 = mul i64 %1149, 13
  %1151 = add i64 %1150, %45
  %1152 = mul i64 %1151, 104
  %1153 = getelementptr inbounds float, float* %0, i64 %1152
  %1154 = getelementptr inbounds float, float* %43, i64 624
  %1155 = mul i64 %45, 2
  %1156 = sub i64 %1155, 0
  %1157 = add i64 %1156, 3
  %1158 = icmp sgt i64 %1156, 0
  %1159 = select i1 %1158, i64 %1156, i64 0
  %1160 = icmp slt i64 %1157, 26
  %1161 = select i1 %1160, i64 %1157, i64 26
  %1162 = icmp slt i64 %1157, 26
  %1163 = select i1 %1162, i64 %1157, i64 26
  %1164 = sub i64 %1163, %1156
  br label %x.header84

q.header:                                         ; preds = %q.body, %r.body80
  %q = phi i64 [ 24, %r.body80 ], [ %q.next, %q.body ]
  %1165 = icmp slt i64 %q, 26
  br i1 %1165, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %1166 = srem i64 %r82, 3
  %1167 = mul i64 %1166, 26
  %1168 = add i64 %1167, %q
  %1169 = mul i64 %1168, 8
  %1170 = getelementptr inbounds float, float* %91, i64 %1169
  %1171 = bitcast float* %1170 to <8 x float>*
  %1172 = load <8 x float>, <8 x float>* %1171, align 4
  %1173 = load <8 x float>, <8 x float>* %13, align 32
  %1174 = fcmp ogt <8 x float> %1173, %1172
  %1175 = select <8 x i1> %1174, <8 x float> %1173, <8 x float> %1172
  %1176 = fcmp uno <8 x float> %1173, %1173
  %1177 = select <8 x i1> %1176, <8 x float> %1173, <8 x float> %1175
  store <8 x float> %1177, <8 x float>* %13, align 32
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next83 = add i64 %r82, 1
  br label %r.header79

x.header84:                                       ; preds = %r.exit90, %r.exit81
  %x87 = phi i64 [ 0, %r.exit81 ], [ %x.next93, %r.exit90 ]
  %1178 = icmp slt i64 %x87, 12
  br i1 %1178, label %x.body85, label %x.exit86

x.body85:                                         ; preds = %x.header84
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  %1179 = mul i64 %x87, 2
  %1180 = sub i64 %1179, 0
  br label %r.header88

x.exit86:                                         ; preds = %x.header84
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header94

r.header88:                                       ; preds = %r.body89, %x.body85
  %r91 = phi i64 [ %1159, %x.body85 ], [ %r.next92, %r.body89 ]
  %1181 = icmp slt i64 %r91, %1161
  br i1 %1181, label %r.body89, label %r.exit90

r.body89:                                         ; preds = %r.header88
  %1182 = srem i64 %r91, 3
  %1183 = mul i64 %1182, 26
  %1184 = add i64 %1183, %1180
  %1185 = mul i64 %1184, 8
  %1186 = load <8 x float>, <8 x float>* %12, align 32
  %1187 = add i64 %1185, 0
  %1188 = getelementptr inbounds float, float* %1154, i64 %1187
  %1189 = bitcast float* %1188 to <8 x float>*
  %1190 = load <8 x float>, <8 x float>* %1189, align 4
  %1191 = fcmp ogt <8 x float> %1186, %1190
  %1192 = select <8 x i1> %1191, <8 x float> %1186, <8 x float> %1190
  %1193 = fcmp uno <8 x float> %1186, %1186
  %1194 = select <8 x i1> %1193, <8 x float> %1186, <8 x float> %1192
  %1195 = add i64 %1185, 8
  %1196 = getelementptr inbounds float, float* %1154, i64 %1195
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = fcmp ogt <8 x float> %1194, %1198
  %1200 = select <8 x i1> %1199, <8 x float> %1194, <8 x float> %1198
  %1201 = fcmp uno <8 x float> %1194, %1194
  %1202 = select <8 x i1> %1201, <8 x float> %1194, <8 x float> %1200
  %1203 = add i64 %1185, 16
  %1204 = getelementptr inbounds float, float* %1154, i64 %1203
  %1205 = bitcast float* %1204 to <8 x float>*
  %1206 = load <8 x float>, <8 x float>* %1205, align 4
  %1207 = fcmp ogt <8 x float> %1202, %1206
  %1208 = select <8 x i1> %1207, <8 x float> %1202, <8 x float> %1206
  %1209 = fcmp uno <8 x float> %1202, %1202
  %1210 = select <8 x i1> %1209, <8 x float> %1202, <8 x float> %1208
  store <8 x float> %1210, <8 x float>* %12, align 32
  %1211 = load <8 x float>, <8 x float>* %11, align 32
  %1212 = add i64 %1185, 16
  %1213 = getelementptr inbounds float, float* %1154, i64 %1212
  %1214 = bitcast float* %1213 to <8 x float>*
  %1215 = load <8 x float>, <8 x float>* %1214, align 4
  %1216 = fcmp ogt <8 x float> %1211, %1215
  %1217 = select <8 x i1> %1216, <8 x float> %1211, <8 x float> %1215
  %1218 = fcmp uno <8 x float> %1211, %1211
  %1219 = select <8 x i1> %1218, <8 x float> %1211, <8 x float> %1217
  %1220 = add i64 %1185, 24
  %1221 = getelementptr inbounds float, float* %1154, i64 %1220
  %1222 = bitcast float* %1221 to <8 x float>*
  %1223 = load <8 x float>, <8 x float>* %1222, align 4
  %1224 = fcmp ogt <8 x float> %1219, %1223
  %1225 = select <8 x i1> %1224, <8 x float> %1219, <8 x float> %1223
  %1226 = fcmp uno <8 x float> %1219, %1219
  %1227 = select <8 x i1> %1226, <8 x float> %1219, <8 x float> %1225
  %1228 = add i64 %1185, 32
  %1229 = getelementptr inbounds float, float* %1154, i64 %1228
  %1230 = bitcast float* %1229 to <8 x float>*
  %1231 = load <8 x float>, <8 x float>* %1230, align 4
  %1232 = fcmp ogt <8 x float> %1227, %1231
  %1233 = select <8 x i1> %1232, <8 x float> %1227, <8 x float> %1231
  %1234 = fcmp uno <8 x float> %1227, %1227
  %1235 = select <8 x i1> %1234, <8 x float> %1227, <8 x float> %1233
  store <8 x float> %1235, <8 x float>* %11, align 32
  %1236 = load <8 x float>, <8 x float>* %10, align 32
  %1237 = add i64 %1185, 32
  %1238 = getelementptr inbounds float, float* %1154, i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  %1240 = load <8 x float>, <8 x float>* %1239, align 4
  %1241 = fcmp ogt <8 x float> %1236, %1240
  %1242 = select <8 x i1> %1241, <8 x float> %1236, <8 x float> %1240
  %1243 = fcmp uno <8 x float> %1236, %1236
  %1244 = select <8 x i1> %1243, <8 x float> %1236, <8 x float> %1242
  %1245 = add i64 %1185, 40
  %1246 = getelementptr inbounds float, float* %1154, i64 %1245
  %1247 = bitcast float* %1246 to <8 x float>*
  %1248 = load <8 x float>, <8 x float>* %1247, align 4
  %1249 = fcmp ogt <8 x float> %1244, %1248
  %1250 = select <8 x i1> %1249, <8 x float> %1244, <8 x float> %1248
  %1251 = fcmp uno <8 x float> %1244, %1244
  %1252 = select <8 x i1> %1251, <8 x float> %1244, <8 x float> %1250
  %1253 = add i64 %1185, 48
  %1254 = getelementptr inbounds float, float* %1154, i64 %1253
  %1255 = bitcast float* %1254 to <8 x float>*
  %1256 = load <8 x float>, <8 x float>* %1255, align 4
  %1257 = fcmp ogt <8 x float> %1252, %1256
  %1258 = select <8 x i1> %1257, <8 x float> %1252, <8 x float> %1256
  %1259 = fcmp uno <8 x float> %1252, %1252
  %1260 = select <8 x i1> %1259, <8 x float> %1252, <8 x float> %1258
  store <8 x float> %1260, <8 x float>* %10, align 32
  %1261 = load <8 x float>, <8 x float>* %9, align 32
  %1262 = add i64 %1185, 48
  %1263 = getelementptr inbounds float, float* %1154, i64 %1262
  %1264 = bitcast float* %1263 to <8 x float>*
  %1265 = load <8 x float>, <8 x float>* %1264, align 4
  %1266 = fcmp ogt <8 x float> %1261, %1265
  %1267 = select <8 x i1> %1266, <8 x float> %1261, <8 x float> %1265
  %1268 = fcmp uno <8 x float> %1261, %1261
  %1269 = select <8 x i1> %1268, <8 x float> %1261, <8 x float> %1267
  %1270 = add i64 %1185, 56
  %1271 = getelementptr inbounds float, float* %1154, i64 %1270
  %1272 = bitcast float* %1271 to <8 x float>*
  %1273 = load <8 x float>, <8 x float>* %1272, align 4
  %1274 = fcmp ogt <8 x float> %1269, %1273
  %1275 = select <8 x i1> %1274, <8 x float> %1269, <8 x float> %1273
  %1276 = fcmp uno <8 x float> %1269, %1269
  %1277 = select <8 x i1> %1276, <8 x float> %1269, <8 x float> %1275
  %1278 = add i64 %1185, 64
  %1279 = getelementptr inbounds float, float* %1154, i64 %1278
  %1280 = bitcast float* %1279 to <8 x float>*
  %1281 = load <8 x float>, <8 x float>* %1280, align 4
  %1282 = fcmp ogt <8 x float> %1277, %1281
  %1283 = select <8 x i1> %1282, <8 x float> %1277, <8 x float> %1281
  %1284 = fcmp uno <8 x float> %1277, %1277
  %1285 = select <8 x i1> %1284, <8 x float> %1277, <8 x float> %1283
  store <8 x float> %1285, <8 x float>* %9, align 32
  %r.next92 = add i64 %r91, 1
  br label %r.header88

r.exit90:                                         ; preds = %r.header88
  %1286 = load <8 x float>, <8 x float>* %12, align 32
  %1287 = add i64 %x87, 0
  %1288 = mul i64 %1287, 8
  %1289 = getelementptr inbounds float, float* %1153, i64 %1288
  %1290 = bitcast float* %1289 to <8 x float>*
  store <8 x float> %1286, <8 x float>* %1290, align 4
  %1291 = load <8 x float>, <8 x float>* %11, align 32
  %1292 = add i64 %x87, 1
  %1293 = mul i64 %1292, 8
  %1294 = getelementptr inbounds float, float* %1153, i64 %1293
  %1295 = bitcast float* %1294 to <8 x float>*
  store <8 x float> %1291, <8 x float>* %1295, align 4
  %1296 = load <8 x float>, <8 x float>* %10, align 32
  %1297 = add i64 %x87, 2
  %1298 = mul i64 %1297, 8
  %1299 = getelementptr inbounds float, float* %1153, i64 %1298
  %1300 = bitcast float* %1299 to <8 x float>*
  store <8 x float> %1296, <8 x float>* %1300, align 4
  %1301 = load <8 x float>, <8 x float>* %9, align 32
  %1302 = add i64 %x87, 3
  %1303 = mul i64 %1302, 8
  %1304 = getelementptr inbounds float, float* %1153, i64 %1303
  %1305 = bitcast float* %1304 to <8 x float>*
  store <8 x float> %1301, <8 x float>* %1305, align 4
  %x.next93 = add i64 %x87, 4
  br label %x.header84

r.header94:                                       ; preds = %q.exit100, %x.exit86
  %r97 = phi i64 [ %1159, %x.exit86 ], [ %r.next103, %q.exit100 ]
  %1306 = icmp slt i64 %r97, %1161
  br i1 %1306, label %r.body95, label %r.exit96

r.body95:                                         ; preds = %r.header94
  br label %q.header98

r.exit96:                                         ; preds = %r.header94
  %1307 = load <8 x float>, <8 x float>* %8, align 32
  %1308 = getelementptr inbounds float, float* %1153, i64 96
  %1309 = bitcast float* %1308 to <8 x float>*
  store <8 x float> %1307, <8 x float>* %1309, align 4
  %item.next = add i64 %item, 1
  br label %item.header

q.header98:                                       ; preds = %q.body99, %r.body95
  %q101 = phi i64 [ 24, %r.body95 ], [ %q.next102, %q.body99 ]
  %1310 = icmp slt i64 %q101, 26
  br i1 %1310, label %q.body99, label %q.exit100

q.body99:                                         ; preds = %q.header98
  %1311 = srem i64 %r97, 3
  %1312 = mul i64 %1311, 26
  %1313 = add i64 %1312, %q101
  %1314 = mul i64 %1313, 8
  %1315 = getelementptr inbounds float, float* %1154, i64 %1314
  %1316 = bitcast float* %1315 to <8 x float>*
  %1317 = load <8 x float>, <8 x float>* %1316, align 4
  %1318 = load <8 x float>, <8 x float>* %8, align 32
  %1319 = fcmp ogt <8 x float> %1318, %1317
  %1320 = select <8 x i1> %1319, <8 x float> %1318, <8 x float> %1317
  %1321 = fcmp uno <8 x float> %1318, %1318
  %1322 = select <8 x i1> %1321, <8 x float> %1318, <8 x float> %1320
  store <8 x float> %1322, <8 x float>* %8, align 32
  %q.next102 = add i64 %q101, 1
  br label %q.header98

q.exit100:                                        ; preds = %q.header98
  %r.next103 = add i64 %r97, 1
  br label %r.header94
}

; Function Attrs: noinline nounwind
define internal void @node2.conv2.step0(i8* %0) #3 {
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
  call void @node2.conv2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %21, i64 %23)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.lrn_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 13
  %8 = mul i64 %task, 104
  %9 = srem i64 %7, 32
  %10 = icmp sgt i64 %9, 0
  %11 = icmp slt i64 %9, 31
  %12 = select i1 %10, i64 -1352, i64 0
  %13 = select i1 %11, i64 1352, i64 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %x.body, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %x.body ]
  %14 = icmp slt i64 %x, 13
  br i1 %14, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %15 = mul i64 %x, 8
  %16 = add i64 %8, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = fmul <8 x float> %19, %19
  %21 = add i64 %16, %12
  %22 = getelementptr inbounds float, float* %1, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fmul <8 x float> %24, %24
  %26 = select i1 %10, <8 x float> %25, <8 x float> zeroinitializer
  %27 = shufflevector <8 x float> %26, <8 x float> %20, <8 x i32> <i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14>
  %28 = fadd <8 x float> %20, %27
  %29 = shufflevector <8 x float> %26, <8 x float> %20, <8 x i32> <i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13>
  %30 = fadd <8 x float> %28, %29
  %31 = add i64 %16, %13
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  %35 = fmul <8 x float> %34, %34
  %36 = select i1 %11, <8 x float> %35, <8 x float> zeroinitializer
  %37 = shufflevector <8 x float> %20, <8 x float> %36, <8 x i32> <i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8>
  %38 = fadd <8 x float> %30, %37
  %39 = shufflevector <8 x float> %20, <8 x float> %36, <8 x i32> <i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9>
  %40 = fadd <8 x float> %38, %39
  %41 = call <8 x float> @llvm.fma.v8f32(<8 x float> %40, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %42 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %41)
  %43 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %42)
  %44 = fmul <8 x float> %42, %43
  %45 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %44
  %46 = fmul <8 x float> %19, %45
  %47 = getelementptr inbounds float, float* %0, i64 %16
  %48 = bitcast float* %47 to <8 x float>*
  store <8 x float> %46, <8 x float>* %48, align 4
  %x.next = add i64 %x, 1
  br label %x.header, !llvm.loop !5

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node3.lrn_2.step0(i8* %0) #3 {
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
  call void @node3.lrn_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node4.conv3.step0(i8* %0) #3 {
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
  call void @node4.conv3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %43 = mul i64 %42, 32
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 256
  %51 = add i64 82944, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 2592, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 2592
  %58 = select i1 %57, i64 %56, i64 2592
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 2592
  %61 = select i1 %60, i64 %59, i64 2592
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 32
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
  br label %tile.header, !llvm.loop !6

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
  br label %column.header, !llvm.loop !7

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
  %214 = mul i64 %row, 24576
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 4096
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 8192
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 12288
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 16384
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 20480
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !8

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !9

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 72
  %236 = srem i64 %task, 72
  %237 = mul i64 %235, 4096
  %238 = add i64 82944, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 98304
  %241 = getelementptr inbounds float, float* bitcast ([14155776 x i8]* @weight.conv3.winograd to float*), i64 %240
  %242 = mul i64 %235, 6144
  %243 = add i64 230400, %242
  %244 = srem i64 %236, 3
  %245 = sdiv i64 %236, 3
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 4096
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
  br label %task.header, !llvm.loop !10

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 256
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
  %271 = mul i64 %270, 256
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
  %281 = mul i64 %280, 256
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
  %291 = mul i64 %290, 256
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
  %301 = mul i64 %300, 256
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
  %313 = mul i64 %310, 384
  %314 = add i64 %313, %311
  %315 = add i64 %243, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 384
  %322 = add i64 %321, %319
  %323 = add i64 %243, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 384
  %330 = add i64 %329, %327
  %331 = add i64 %243, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 384
  %338 = add i64 %337, %335
  %339 = add i64 %243, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 384
  %346 = add i64 %345, %343
  %347 = add i64 %243, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 384
  %354 = add i64 %353, %351
  %355 = add i64 %243, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 384
  %362 = add i64 %361, %359
  %363 = add i64 %243, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 384
  %370 = add i64 %369, %367
  %371 = add i64 %243, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 256
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
  %386 = mul i64 %385, 256
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
  %396 = mul i64 %395, 256
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
  %406 = mul i64 %405, 256
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
  %416 = mul i64 %415, 256
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
  %426 = mul i64 %425, 256
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
  %436 = mul i64 %435, 256
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
  %448 = mul i64 %445, 384
  %449 = add i64 %448, %446
  %450 = add i64 %243, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 384
  %457 = add i64 %456, %454
  %458 = add i64 %243, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 384
  %465 = add i64 %464, %462
  %466 = add i64 %243, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 384
  %473 = add i64 %472, %470
  %474 = add i64 %243, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 384
  %481 = add i64 %480, %478
  %482 = add i64 %243, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 384
  %489 = add i64 %488, %486
  %490 = add i64 %243, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 384
  %497 = add i64 %496, %494
  %498 = add i64 %243, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 384
  %505 = add i64 %504, %502
  %506 = add i64 %243, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 384
  %513 = add i64 %512, %510
  %514 = add i64 %243, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 384
  %521 = add i64 %520, %518
  %522 = add i64 %243, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 384
  %529 = add i64 %528, %526
  %530 = add i64 %243, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 384
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
  %547 = mul i64 %546, 48
  %548 = mul i64 %547, 1352
  %549 = mul i64 %545, 52
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %546, 48
  %555 = mul i64 %554, 1352
  %556 = mul i64 %545, 26
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 384
  %562 = add i64 230400, %561
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
  br label %tile.header15, !llvm.loop !11

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %567 = icmp slt i64 %block, 48
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
  %571 = mul i64 %row28, 36864
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 6144
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 12288
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 18432
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 24576
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 30720
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
  br label %row.header25, !llvm.loop !12

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1352
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
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !13

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %663 = icmp slt i64 %block33, 48
  br i1 %663, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %664 = mul i64 %block33, 8
  %665 = add i64 %562, %664
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %666 = icmp slt i64 %row37, 6
  br i1 %666, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %667 = mul i64 %row37, 36864
  %668 = add i64 %665, %667
  %669 = add i64 %668, 0
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %668, 6144
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %668, 12288
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %668, 18432
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %668, 24576
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %668, 30720
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = fadd <8 x float> %676, %680
  %694 = fsub <8 x float> %676, %680
  %695 = fadd <8 x float> %684, %688
  %696 = fsub <8 x float> %684, %688
  %697 = fadd <8 x float> %672, %693
  %698 = fadd <8 x float> %697, %695
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %694)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %693)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %694)
  %702 = fadd <8 x float> %701, %692
  %703 = mul i64 %row37, 32
  %704 = add i64 %703, 0
  %705 = getelementptr inbounds float, float* %563, i64 %704
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %698, <8 x float>* %706, align 4
  %707 = mul i64 %row37, 32
  %708 = add i64 %707, 8
  %709 = getelementptr inbounds float, float* %563, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  store <8 x float> %699, <8 x float>* %710, align 4
  %711 = mul i64 %row37, 32
  %712 = add i64 %711, 16
  %713 = getelementptr inbounds float, float* %563, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %700, <8 x float>* %714, align 4
  %715 = mul i64 %row37, 32
  %716 = add i64 %715, 24
  %717 = getelementptr inbounds float, float* %563, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %702, <8 x float>* %718, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !14

row.exit36:                                       ; preds = %row.header34
  %719 = mul i64 %block33, 8
  %720 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = mul i64 %block33, 1352
  %724 = add i64 %553, %723
  %725 = getelementptr inbounds float, float* %563, i64 0
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = getelementptr inbounds float, float* %563, i64 32
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = getelementptr inbounds float, float* %563, i64 64
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = getelementptr inbounds float, float* %563, i64 96
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = getelementptr inbounds float, float* %563, i64 128
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = getelementptr inbounds float, float* %563, i64 160
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = fadd <8 x float> %730, %733
  %744 = fsub <8 x float> %730, %733
  %745 = fadd <8 x float> %736, %739
  %746 = fsub <8 x float> %736, %739
  %747 = fadd <8 x float> %727, %743
  %748 = fadd <8 x float> %747, %745
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %744)
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %745, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %743)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %744)
  %752 = fadd <8 x float> %751, %742
  %753 = add i64 %724, 0
  %754 = fadd <8 x float> %748, %722
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = getelementptr inbounds float, float* %0, i64 %753
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = getelementptr inbounds float, float* %563, i64 8
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = getelementptr inbounds float, float* %563, i64 40
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = getelementptr inbounds float, float* %563, i64 72
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = getelementptr inbounds float, float* %563, i64 104
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = getelementptr inbounds float, float* %563, i64 136
  %772 = bitcast float* %771 to <8 x float>*
  %773 = load <8 x float>, <8 x float>* %772, align 4
  %774 = getelementptr inbounds float, float* %563, i64 168
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = fadd <8 x float> %764, %767
  %778 = fsub <8 x float> %764, %767
  %779 = fadd <8 x float> %770, %773
  %780 = fsub <8 x float> %770, %773
  %781 = fadd <8 x float> %761, %777
  %782 = fadd <8 x float> %781, %779
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %778)
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %779, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %777)
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %778)
  %786 = fadd <8 x float> %785, %776
  %787 = add i64 %724, 8
  %788 = fadd <8 x float> %782, %722
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %787
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = getelementptr inbounds float, float* %563, i64 16
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  %796 = getelementptr inbounds float, float* %563, i64 48
  %797 = bitcast float* %796 to <8 x float>*
  %798 = load <8 x float>, <8 x float>* %797, align 4
  %799 = getelementptr inbounds float, float* %563, i64 80
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = getelementptr inbounds float, float* %563, i64 112
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = getelementptr inbounds float, float* %563, i64 144
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = getelementptr inbounds float, float* %563, i64 176
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
  %821 = add i64 %724, 16
  %822 = fadd <8 x float> %816, %722
  %823 = fcmp olt <8 x float> %822, zeroinitializer
  %824 = select <8 x i1> %823, <8 x float> zeroinitializer, <8 x float> %822
  %825 = getelementptr inbounds float, float* %0, i64 %821
  %826 = bitcast float* %825 to <8 x float>*
  store <8 x float> %824, <8 x float>* %826, align 4
  %827 = getelementptr inbounds float, float* %563, i64 24
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  %830 = getelementptr inbounds float, float* %563, i64 56
  %831 = bitcast float* %830 to <8 x float>*
  %832 = load <8 x float>, <8 x float>* %831, align 4
  %833 = getelementptr inbounds float, float* %563, i64 88
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = getelementptr inbounds float, float* %563, i64 120
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = getelementptr inbounds float, float* %563, i64 152
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = getelementptr inbounds float, float* %563, i64 184
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
  %855 = add i64 %724, 24
  %856 = fadd <8 x float> %850, %722
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %855
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
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
  %861 = icmp slt i64 %block46, 48
  br i1 %861, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %862 = mul i64 %block46, 8
  %863 = add i64 %562, %862
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %864 = icmp slt i64 %row50, 6
  br i1 %864, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %865 = mul i64 %row50, 36864
  %866 = add i64 %863, %865
  %867 = add i64 %866, 0
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = add i64 %866, 6144
  %872 = getelementptr inbounds float, float* %2, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = add i64 %866, 12288
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = add i64 %866, 18432
  %880 = getelementptr inbounds float, float* %2, i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = add i64 %866, 24576
  %884 = getelementptr inbounds float, float* %2, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %866, 30720
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = fadd <8 x float> %874, %878
  %892 = fsub <8 x float> %874, %878
  %893 = fadd <8 x float> %882, %886
  %894 = fsub <8 x float> %882, %886
  %895 = fadd <8 x float> %870, %891
  %896 = fadd <8 x float> %895, %893
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %892)
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %891)
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %892)
  %900 = fadd <8 x float> %899, %890
  %901 = mul i64 %row50, 32
  %902 = add i64 %901, 0
  %903 = getelementptr inbounds float, float* %563, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  store <8 x float> %896, <8 x float>* %904, align 4
  %905 = mul i64 %row50, 32
  %906 = add i64 %905, 8
  %907 = getelementptr inbounds float, float* %563, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  store <8 x float> %897, <8 x float>* %908, align 4
  %909 = mul i64 %row50, 32
  %910 = add i64 %909, 16
  %911 = getelementptr inbounds float, float* %563, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  store <8 x float> %898, <8 x float>* %912, align 4
  %913 = mul i64 %row50, 32
  %914 = add i64 %913, 24
  %915 = getelementptr inbounds float, float* %563, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  store <8 x float> %900, <8 x float>* %916, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !16

row.exit49:                                       ; preds = %row.header47
  %917 = mul i64 %block46, 8
  %918 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = mul i64 %block46, 1352
  %922 = add i64 %553, %921
  %923 = getelementptr inbounds float, float* %563, i64 0
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = getelementptr inbounds float, float* %563, i64 32
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = getelementptr inbounds float, float* %563, i64 64
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = getelementptr inbounds float, float* %563, i64 96
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = getelementptr inbounds float, float* %563, i64 128
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = getelementptr inbounds float, float* %563, i64 160
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = fadd <8 x float> %928, %931
  %942 = fsub <8 x float> %928, %931
  %943 = fadd <8 x float> %934, %937
  %944 = fsub <8 x float> %934, %937
  %945 = fadd <8 x float> %925, %941
  %946 = fadd <8 x float> %945, %943
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %942)
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %943, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %941)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %942)
  %950 = fadd <8 x float> %949, %940
  %951 = add i64 %922, 0
  %952 = fadd <8 x float> %946, %920
  %953 = fcmp olt <8 x float> %952, zeroinitializer
  %954 = select <8 x i1> %953, <8 x float> zeroinitializer, <8 x float> %952
  %955 = getelementptr inbounds float, float* %0, i64 %951
  %956 = bitcast float* %955 to <8 x float>*
  store <8 x float> %954, <8 x float>* %956, align 4
  %957 = add i64 %922, 104
  %958 = fadd <8 x float> %947, %920
  %959 = fcmp olt <8 x float> %958, zeroinitializer
  %960 = select <8 x i1> %959, <8 x float> zeroinitializer, <8 x float> %958
  %961 = getelementptr inbounds float, float* %0, i64 %957
  %962 = bitcast float* %961 to <8 x float>*
  store <8 x float> %960, <8 x float>* %962, align 4
  %963 = add i64 %922, 208
  %964 = fadd <8 x float> %948, %920
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %963
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = add i64 %922, 312
  %970 = fadd <8 x float> %950, %920
  %971 = fcmp olt <8 x float> %970, zeroinitializer
  %972 = select <8 x i1> %971, <8 x float> zeroinitializer, <8 x float> %970
  %973 = getelementptr inbounds float, float* %0, i64 %969
  %974 = bitcast float* %973 to <8 x float>*
  store <8 x float> %972, <8 x float>* %974, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !17

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %975 = icmp slt i64 %block56, 48
  br i1 %975, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %976 = mul i64 %block56, 8
  %977 = add i64 %562, %976
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %978 = icmp slt i64 %row60, 6
  br i1 %978, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %979 = mul i64 %row60, 36864
  %980 = add i64 %977, %979
  %981 = add i64 %980, 0
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %980, 6144
  %986 = getelementptr inbounds float, float* %2, i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %980, 12288
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = add i64 %980, 18432
  %994 = getelementptr inbounds float, float* %2, i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = add i64 %980, 24576
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = bitcast float* %998 to <8 x float>*
  %1000 = load <8 x float>, <8 x float>* %999, align 4
  %1001 = add i64 %980, 30720
  %1002 = getelementptr inbounds float, float* %2, i64 %1001
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  %1005 = fadd <8 x float> %988, %992
  %1006 = fsub <8 x float> %988, %992
  %1007 = fadd <8 x float> %996, %1000
  %1008 = fsub <8 x float> %996, %1000
  %1009 = fadd <8 x float> %984, %1005
  %1010 = fadd <8 x float> %1009, %1007
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1006)
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1005)
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1006)
  %1014 = fadd <8 x float> %1013, %1004
  %1015 = mul i64 %row60, 32
  %1016 = add i64 %1015, 0
  %1017 = getelementptr inbounds float, float* %563, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1018, align 4
  %1019 = mul i64 %row60, 32
  %1020 = add i64 %1019, 8
  %1021 = getelementptr inbounds float, float* %563, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  store <8 x float> %1011, <8 x float>* %1022, align 4
  %1023 = mul i64 %row60, 32
  %1024 = add i64 %1023, 16
  %1025 = getelementptr inbounds float, float* %563, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1026, align 4
  %1027 = mul i64 %row60, 32
  %1028 = add i64 %1027, 24
  %1029 = getelementptr inbounds float, float* %563, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1014, <8 x float>* %1030, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !18

row.exit59:                                       ; preds = %row.header57
  %1031 = mul i64 %block56, 8
  %1032 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %1031
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = mul i64 %block56, 1352
  %1036 = add i64 %553, %1035
  %1037 = getelementptr inbounds float, float* %563, i64 0
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = getelementptr inbounds float, float* %563, i64 32
  %1041 = bitcast float* %1040 to <8 x float>*
  %1042 = load <8 x float>, <8 x float>* %1041, align 4
  %1043 = getelementptr inbounds float, float* %563, i64 64
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = getelementptr inbounds float, float* %563, i64 96
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = getelementptr inbounds float, float* %563, i64 128
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = getelementptr inbounds float, float* %563, i64 160
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = fadd <8 x float> %1042, %1045
  %1056 = fsub <8 x float> %1042, %1045
  %1057 = fadd <8 x float> %1048, %1051
  %1058 = fsub <8 x float> %1048, %1051
  %1059 = fadd <8 x float> %1039, %1055
  %1060 = fadd <8 x float> %1059, %1057
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1056)
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1057, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1055)
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1056)
  %1064 = fadd <8 x float> %1063, %1054
  %1065 = add i64 %1036, 0
  %1066 = fadd <8 x float> %1060, %1034
  %1067 = fcmp olt <8 x float> %1066, zeroinitializer
  %1068 = select <8 x i1> %1067, <8 x float> zeroinitializer, <8 x float> %1066
  %1069 = getelementptr inbounds float, float* %0, i64 %1065
  %1070 = bitcast float* %1069 to <8 x float>*
  store <8 x float> %1068, <8 x float>* %1070, align 4
  %1071 = add i64 %1036, 104
  %1072 = fadd <8 x float> %1061, %1034
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %1071
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = add i64 %1036, 208
  %1078 = fadd <8 x float> %1062, %1034
  %1079 = fcmp olt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> zeroinitializer, <8 x float> %1078
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %1036, 312
  %1084 = fadd <8 x float> %1064, %1034
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %1083
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = getelementptr inbounds float, float* %563, i64 8
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = getelementptr inbounds float, float* %563, i64 40
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = getelementptr inbounds float, float* %563, i64 72
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = getelementptr inbounds float, float* %563, i64 104
  %1099 = bitcast float* %1098 to <8 x float>*
  %1100 = load <8 x float>, <8 x float>* %1099, align 4
  %1101 = getelementptr inbounds float, float* %563, i64 136
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = getelementptr inbounds float, float* %563, i64 168
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = fadd <8 x float> %1094, %1097
  %1108 = fsub <8 x float> %1094, %1097
  %1109 = fadd <8 x float> %1100, %1103
  %1110 = fsub <8 x float> %1100, %1103
  %1111 = fadd <8 x float> %1091, %1107
  %1112 = fadd <8 x float> %1111, %1109
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1108)
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1109, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1107)
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1108)
  %1116 = fadd <8 x float> %1115, %1106
  %1117 = add i64 %1036, 8
  %1118 = fadd <8 x float> %1112, %1034
  %1119 = fcmp olt <8 x float> %1118, zeroinitializer
  %1120 = select <8 x i1> %1119, <8 x float> zeroinitializer, <8 x float> %1118
  %1121 = getelementptr inbounds float, float* %0, i64 %1117
  %1122 = bitcast float* %1121 to <8 x float>*
  store <8 x float> %1120, <8 x float>* %1122, align 4
  %1123 = add i64 %1036, 112
  %1124 = fadd <8 x float> %1113, %1034
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %1123
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = add i64 %1036, 216
  %1130 = fadd <8 x float> %1114, %1034
  %1131 = fcmp olt <8 x float> %1130, zeroinitializer
  %1132 = select <8 x i1> %1131, <8 x float> zeroinitializer, <8 x float> %1130
  %1133 = getelementptr inbounds float, float* %0, i64 %1129
  %1134 = bitcast float* %1133 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1134, align 4
  %1135 = add i64 %1036, 320
  %1136 = fadd <8 x float> %1116, %1034
  %1137 = fcmp olt <8 x float> %1136, zeroinitializer
  %1138 = select <8 x i1> %1137, <8 x float> zeroinitializer, <8 x float> %1136
  %1139 = getelementptr inbounds float, float* %0, i64 %1135
  %1140 = bitcast float* %1139 to <8 x float>*
  store <8 x float> %1138, <8 x float>* %1140, align 4
  %1141 = getelementptr inbounds float, float* %563, i64 16
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = getelementptr inbounds float, float* %563, i64 48
  %1145 = bitcast float* %1144 to <8 x float>*
  %1146 = load <8 x float>, <8 x float>* %1145, align 4
  %1147 = getelementptr inbounds float, float* %563, i64 80
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = getelementptr inbounds float, float* %563, i64 112
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = getelementptr inbounds float, float* %563, i64 144
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = getelementptr inbounds float, float* %563, i64 176
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = fadd <8 x float> %1146, %1149
  %1160 = fsub <8 x float> %1146, %1149
  %1161 = fadd <8 x float> %1152, %1155
  %1162 = fsub <8 x float> %1152, %1155
  %1163 = fadd <8 x float> %1143, %1159
  %1164 = fadd <8 x float> %1163, %1161
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1160)
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1161, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1159)
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1160)
  %1168 = fadd <8 x float> %1167, %1158
  %1169 = add i64 %1036, 16
  %1170 = fadd <8 x float> %1164, %1034
  %1171 = fcmp olt <8 x float> %1170, zeroinitializer
  %1172 = select <8 x i1> %1171, <8 x float> zeroinitializer, <8 x float> %1170
  %1173 = getelementptr inbounds float, float* %0, i64 %1169
  %1174 = bitcast float* %1173 to <8 x float>*
  store <8 x float> %1172, <8 x float>* %1174, align 4
  %1175 = add i64 %1036, 120
  %1176 = fadd <8 x float> %1165, %1034
  %1177 = fcmp olt <8 x float> %1176, zeroinitializer
  %1178 = select <8 x i1> %1177, <8 x float> zeroinitializer, <8 x float> %1176
  %1179 = getelementptr inbounds float, float* %0, i64 %1175
  %1180 = bitcast float* %1179 to <8 x float>*
  store <8 x float> %1178, <8 x float>* %1180, align 4
  %1181 = add i64 %1036, 224
  %1182 = fadd <8 x float> %1166, %1034
  %1183 = fcmp olt <8 x float> %1182, zeroinitializer
  %1184 = select <8 x i1> %1183, <8 x float> zeroinitializer, <8 x float> %1182
  %1185 = getelementptr inbounds float, float* %0, i64 %1181
  %1186 = bitcast float* %1185 to <8 x float>*
  store <8 x float> %1184, <8 x float>* %1186, align 4
  %1187 = add i64 %1036, 328
  %1188 = fadd <8 x float> %1168, %1034
  %1189 = fcmp olt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> zeroinitializer, <8 x float> %1188
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = getelementptr inbounds float, float* %563, i64 24
  %1194 = bitcast float* %1193 to <8 x float>*
  %1195 = load <8 x float>, <8 x float>* %1194, align 4
  %1196 = getelementptr inbounds float, float* %563, i64 56
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = getelementptr inbounds float, float* %563, i64 88
  %1200 = bitcast float* %1199 to <8 x float>*
  %1201 = load <8 x float>, <8 x float>* %1200, align 4
  %1202 = getelementptr inbounds float, float* %563, i64 120
  %1203 = bitcast float* %1202 to <8 x float>*
  %1204 = load <8 x float>, <8 x float>* %1203, align 4
  %1205 = getelementptr inbounds float, float* %563, i64 152
  %1206 = bitcast float* %1205 to <8 x float>*
  %1207 = load <8 x float>, <8 x float>* %1206, align 4
  %1208 = getelementptr inbounds float, float* %563, i64 184
  %1209 = bitcast float* %1208 to <8 x float>*
  %1210 = load <8 x float>, <8 x float>* %1209, align 4
  %1211 = fadd <8 x float> %1198, %1201
  %1212 = fsub <8 x float> %1198, %1201
  %1213 = fadd <8 x float> %1204, %1207
  %1214 = fsub <8 x float> %1204, %1207
  %1215 = fadd <8 x float> %1195, %1211
  %1216 = fadd <8 x float> %1215, %1213
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1212)
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1211)
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1212)
  %1220 = fadd <8 x float> %1219, %1210
  %1221 = add i64 %1036, 24
  %1222 = fadd <8 x float> %1216, %1034
  %1223 = fcmp olt <8 x float> %1222, zeroinitializer
  %1224 = select <8 x i1> %1223, <8 x float> zeroinitializer, <8 x float> %1222
  %1225 = getelementptr inbounds float, float* %0, i64 %1221
  %1226 = bitcast float* %1225 to <8 x float>*
  store <8 x float> %1224, <8 x float>* %1226, align 4
  %1227 = add i64 %1036, 128
  %1228 = fadd <8 x float> %1217, %1034
  %1229 = fcmp olt <8 x float> %1228, zeroinitializer
  %1230 = select <8 x i1> %1229, <8 x float> zeroinitializer, <8 x float> %1228
  %1231 = getelementptr inbounds float, float* %0, i64 %1227
  %1232 = bitcast float* %1231 to <8 x float>*
  store <8 x float> %1230, <8 x float>* %1232, align 4
  %1233 = add i64 %1036, 232
  %1234 = fadd <8 x float> %1218, %1034
  %1235 = fcmp olt <8 x float> %1234, zeroinitializer
  %1236 = select <8 x i1> %1235, <8 x float> zeroinitializer, <8 x float> %1234
  %1237 = getelementptr inbounds float, float* %0, i64 %1233
  %1238 = bitcast float* %1237 to <8 x float>*
  store <8 x float> %1236, <8 x float>* %1238, align 4
  %1239 = add i64 %1036, 336
  %1240 = fadd <8 x float> %1220, %1034
  %1241 = fcmp olt <8 x float> %1240, zeroinitializer
  %1242 = select <8 x i1> %1241, <8 x float> zeroinitializer, <8 x float> %1240
  %1243 = getelementptr inbounds float, float* %0, i64 %1239
  %1244 = bitcast float* %1243 to <8 x float>*
  store <8 x float> %1242, <8 x float>* %1244, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !19
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: noinline nounwind
define internal void @node4.conv3.step1(i8* %0) #3 {
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
  call void @node4.conv3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node5.conv4.step0(i8* %0) #3 {
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
  call void @node5.conv4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %43 = mul i64 %42, 48
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 384
  %51 = add i64 124416, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 2592, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 2592
  %58 = select i1 %57, i64 %56, i64 2592
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 2592
  %61 = select i1 %60, i64 %59, i64 2592
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 48
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
  br label %tile.header, !llvm.loop !20

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
  br label %column.header, !llvm.loop !21

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
  %214 = mul i64 %row, 36864
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 6144
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 12288
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 18432
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 24576
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 30720
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !22

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !23

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 72
  %236 = srem i64 %task, 72
  %237 = mul i64 %235, 6144
  %238 = add i64 124416, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 147456
  %241 = getelementptr inbounds float, float* bitcast ([21233664 x i8]* @weight.conv4.winograd to float*), i64 %240
  %242 = mul i64 %235, 6144
  %243 = add i64 345600, %242
  %244 = srem i64 %236, 3
  %245 = sdiv i64 %236, 3
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 6144
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
  br label %task.header, !llvm.loop !24

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 384
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
  %271 = mul i64 %270, 384
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
  %281 = mul i64 %280, 384
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
  %291 = mul i64 %290, 384
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
  %301 = mul i64 %300, 384
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
  %313 = mul i64 %310, 384
  %314 = add i64 %313, %311
  %315 = add i64 %243, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 384
  %322 = add i64 %321, %319
  %323 = add i64 %243, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 384
  %330 = add i64 %329, %327
  %331 = add i64 %243, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 384
  %338 = add i64 %337, %335
  %339 = add i64 %243, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 384
  %346 = add i64 %345, %343
  %347 = add i64 %243, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 384
  %354 = add i64 %353, %351
  %355 = add i64 %243, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 384
  %362 = add i64 %361, %359
  %363 = add i64 %243, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 384
  %370 = add i64 %369, %367
  %371 = add i64 %243, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 384
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
  %386 = mul i64 %385, 384
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
  %396 = mul i64 %395, 384
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
  %406 = mul i64 %405, 384
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
  %416 = mul i64 %415, 384
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
  %426 = mul i64 %425, 384
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
  %436 = mul i64 %435, 384
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
  %448 = mul i64 %445, 384
  %449 = add i64 %448, %446
  %450 = add i64 %243, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 384
  %457 = add i64 %456, %454
  %458 = add i64 %243, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 384
  %465 = add i64 %464, %462
  %466 = add i64 %243, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 384
  %473 = add i64 %472, %470
  %474 = add i64 %243, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 384
  %481 = add i64 %480, %478
  %482 = add i64 %243, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 384
  %489 = add i64 %488, %486
  %490 = add i64 %243, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 384
  %497 = add i64 %496, %494
  %498 = add i64 %243, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 384
  %505 = add i64 %504, %502
  %506 = add i64 %243, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 384
  %513 = add i64 %512, %510
  %514 = add i64 %243, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 384
  %521 = add i64 %520, %518
  %522 = add i64 %243, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 384
  %529 = add i64 %528, %526
  %530 = add i64 %243, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 384
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
  %547 = mul i64 %546, 48
  %548 = mul i64 %547, 1352
  %549 = mul i64 %545, 52
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %546, 48
  %555 = mul i64 %554, 1352
  %556 = mul i64 %545, 26
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 384
  %562 = add i64 345600, %561
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
  br label %tile.header15, !llvm.loop !25

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %567 = icmp slt i64 %block, 48
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
  %571 = mul i64 %row28, 36864
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 6144
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 12288
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 18432
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 24576
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 30720
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
  br label %row.header25, !llvm.loop !26

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1352
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
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !27

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %663 = icmp slt i64 %block33, 48
  br i1 %663, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %664 = mul i64 %block33, 8
  %665 = add i64 %562, %664
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %666 = icmp slt i64 %row37, 6
  br i1 %666, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %667 = mul i64 %row37, 36864
  %668 = add i64 %665, %667
  %669 = add i64 %668, 0
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %668, 6144
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %668, 12288
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %668, 18432
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %668, 24576
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %668, 30720
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = fadd <8 x float> %676, %680
  %694 = fsub <8 x float> %676, %680
  %695 = fadd <8 x float> %684, %688
  %696 = fsub <8 x float> %684, %688
  %697 = fadd <8 x float> %672, %693
  %698 = fadd <8 x float> %697, %695
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %694)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %693)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %694)
  %702 = fadd <8 x float> %701, %692
  %703 = mul i64 %row37, 32
  %704 = add i64 %703, 0
  %705 = getelementptr inbounds float, float* %563, i64 %704
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %698, <8 x float>* %706, align 4
  %707 = mul i64 %row37, 32
  %708 = add i64 %707, 8
  %709 = getelementptr inbounds float, float* %563, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  store <8 x float> %699, <8 x float>* %710, align 4
  %711 = mul i64 %row37, 32
  %712 = add i64 %711, 16
  %713 = getelementptr inbounds float, float* %563, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %700, <8 x float>* %714, align 4
  %715 = mul i64 %row37, 32
  %716 = add i64 %715, 24
  %717 = getelementptr inbounds float, float* %563, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %702, <8 x float>* %718, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !28

row.exit36:                                       ; preds = %row.header34
  %719 = mul i64 %block33, 8
  %720 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = mul i64 %block33, 1352
  %724 = add i64 %553, %723
  %725 = getelementptr inbounds float, float* %563, i64 0
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = getelementptr inbounds float, float* %563, i64 32
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = getelementptr inbounds float, float* %563, i64 64
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = getelementptr inbounds float, float* %563, i64 96
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = getelementptr inbounds float, float* %563, i64 128
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = getelementptr inbounds float, float* %563, i64 160
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = fadd <8 x float> %730, %733
  %744 = fsub <8 x float> %730, %733
  %745 = fadd <8 x float> %736, %739
  %746 = fsub <8 x float> %736, %739
  %747 = fadd <8 x float> %727, %743
  %748 = fadd <8 x float> %747, %745
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %744)
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %745, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %743)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %744)
  %752 = fadd <8 x float> %751, %742
  %753 = add i64 %724, 0
  %754 = fadd <8 x float> %748, %722
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = getelementptr inbounds float, float* %0, i64 %753
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = getelementptr inbounds float, float* %563, i64 8
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = getelementptr inbounds float, float* %563, i64 40
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = getelementptr inbounds float, float* %563, i64 72
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = getelementptr inbounds float, float* %563, i64 104
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = getelementptr inbounds float, float* %563, i64 136
  %772 = bitcast float* %771 to <8 x float>*
  %773 = load <8 x float>, <8 x float>* %772, align 4
  %774 = getelementptr inbounds float, float* %563, i64 168
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = fadd <8 x float> %764, %767
  %778 = fsub <8 x float> %764, %767
  %779 = fadd <8 x float> %770, %773
  %780 = fsub <8 x float> %770, %773
  %781 = fadd <8 x float> %761, %777
  %782 = fadd <8 x float> %781, %779
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %778)
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %779, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %777)
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %778)
  %786 = fadd <8 x float> %785, %776
  %787 = add i64 %724, 8
  %788 = fadd <8 x float> %782, %722
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %787
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = getelementptr inbounds float, float* %563, i64 16
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  %796 = getelementptr inbounds float, float* %563, i64 48
  %797 = bitcast float* %796 to <8 x float>*
  %798 = load <8 x float>, <8 x float>* %797, align 4
  %799 = getelementptr inbounds float, float* %563, i64 80
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = getelementptr inbounds float, float* %563, i64 112
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = getelementptr inbounds float, float* %563, i64 144
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = getelementptr inbounds float, float* %563, i64 176
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
  %821 = add i64 %724, 16
  %822 = fadd <8 x float> %816, %722
  %823 = fcmp olt <8 x float> %822, zeroinitializer
  %824 = select <8 x i1> %823, <8 x float> zeroinitializer, <8 x float> %822
  %825 = getelementptr inbounds float, float* %0, i64 %821
  %826 = bitcast float* %825 to <8 x float>*
  store <8 x float> %824, <8 x float>* %826, align 4
  %827 = getelementptr inbounds float, float* %563, i64 24
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  %830 = getelementptr inbounds float, float* %563, i64 56
  %831 = bitcast float* %830 to <8 x float>*
  %832 = load <8 x float>, <8 x float>* %831, align 4
  %833 = getelementptr inbounds float, float* %563, i64 88
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = getelementptr inbounds float, float* %563, i64 120
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = getelementptr inbounds float, float* %563, i64 152
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = getelementptr inbounds float, float* %563, i64 184
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
  %855 = add i64 %724, 24
  %856 = fadd <8 x float> %850, %722
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %855
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
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
  %861 = icmp slt i64 %block46, 48
  br i1 %861, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %862 = mul i64 %block46, 8
  %863 = add i64 %562, %862
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %864 = icmp slt i64 %row50, 6
  br i1 %864, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %865 = mul i64 %row50, 36864
  %866 = add i64 %863, %865
  %867 = add i64 %866, 0
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = add i64 %866, 6144
  %872 = getelementptr inbounds float, float* %2, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = add i64 %866, 12288
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = add i64 %866, 18432
  %880 = getelementptr inbounds float, float* %2, i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = add i64 %866, 24576
  %884 = getelementptr inbounds float, float* %2, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %866, 30720
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = fadd <8 x float> %874, %878
  %892 = fsub <8 x float> %874, %878
  %893 = fadd <8 x float> %882, %886
  %894 = fsub <8 x float> %882, %886
  %895 = fadd <8 x float> %870, %891
  %896 = fadd <8 x float> %895, %893
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %892)
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %891)
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %892)
  %900 = fadd <8 x float> %899, %890
  %901 = mul i64 %row50, 32
  %902 = add i64 %901, 0
  %903 = getelementptr inbounds float, float* %563, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  store <8 x float> %896, <8 x float>* %904, align 4
  %905 = mul i64 %row50, 32
  %906 = add i64 %905, 8
  %907 = getelementptr inbounds float, float* %563, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  store <8 x float> %897, <8 x float>* %908, align 4
  %909 = mul i64 %row50, 32
  %910 = add i64 %909, 16
  %911 = getelementptr inbounds float, float* %563, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  store <8 x float> %898, <8 x float>* %912, align 4
  %913 = mul i64 %row50, 32
  %914 = add i64 %913, 24
  %915 = getelementptr inbounds float, float* %563, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  store <8 x float> %900, <8 x float>* %916, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !30

row.exit49:                                       ; preds = %row.header47
  %917 = mul i64 %block46, 8
  %918 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = mul i64 %block46, 1352
  %922 = add i64 %553, %921
  %923 = getelementptr inbounds float, float* %563, i64 0
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = getelementptr inbounds float, float* %563, i64 32
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = getelementptr inbounds float, float* %563, i64 64
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = getelementptr inbounds float, float* %563, i64 96
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = getelementptr inbounds float, float* %563, i64 128
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = getelementptr inbounds float, float* %563, i64 160
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = fadd <8 x float> %928, %931
  %942 = fsub <8 x float> %928, %931
  %943 = fadd <8 x float> %934, %937
  %944 = fsub <8 x float> %934, %937
  %945 = fadd <8 x float> %925, %941
  %946 = fadd <8 x float> %945, %943
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %942)
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %943, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %941)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %942)
  %950 = fadd <8 x float> %949, %940
  %951 = add i64 %922, 0
  %952 = fadd <8 x float> %946, %920
  %953 = fcmp olt <8 x float> %952, zeroinitializer
  %954 = select <8 x i1> %953, <8 x float> zeroinitializer, <8 x float> %952
  %955 = getelementptr inbounds float, float* %0, i64 %951
  %956 = bitcast float* %955 to <8 x float>*
  store <8 x float> %954, <8 x float>* %956, align 4
  %957 = add i64 %922, 104
  %958 = fadd <8 x float> %947, %920
  %959 = fcmp olt <8 x float> %958, zeroinitializer
  %960 = select <8 x i1> %959, <8 x float> zeroinitializer, <8 x float> %958
  %961 = getelementptr inbounds float, float* %0, i64 %957
  %962 = bitcast float* %961 to <8 x float>*
  store <8 x float> %960, <8 x float>* %962, align 4
  %963 = add i64 %922, 208
  %964 = fadd <8 x float> %948, %920
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %963
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = add i64 %922, 312
  %970 = fadd <8 x float> %950, %920
  %971 = fcmp olt <8 x float> %970, zeroinitializer
  %972 = select <8 x i1> %971, <8 x float> zeroinitializer, <8 x float> %970
  %973 = getelementptr inbounds float, float* %0, i64 %969
  %974 = bitcast float* %973 to <8 x float>*
  store <8 x float> %972, <8 x float>* %974, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !31

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %975 = icmp slt i64 %block56, 48
  br i1 %975, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %976 = mul i64 %block56, 8
  %977 = add i64 %562, %976
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %978 = icmp slt i64 %row60, 6
  br i1 %978, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %979 = mul i64 %row60, 36864
  %980 = add i64 %977, %979
  %981 = add i64 %980, 0
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %980, 6144
  %986 = getelementptr inbounds float, float* %2, i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %980, 12288
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = add i64 %980, 18432
  %994 = getelementptr inbounds float, float* %2, i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = add i64 %980, 24576
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = bitcast float* %998 to <8 x float>*
  %1000 = load <8 x float>, <8 x float>* %999, align 4
  %1001 = add i64 %980, 30720
  %1002 = getelementptr inbounds float, float* %2, i64 %1001
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  %1005 = fadd <8 x float> %988, %992
  %1006 = fsub <8 x float> %988, %992
  %1007 = fadd <8 x float> %996, %1000
  %1008 = fsub <8 x float> %996, %1000
  %1009 = fadd <8 x float> %984, %1005
  %1010 = fadd <8 x float> %1009, %1007
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1006)
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1005)
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1006)
  %1014 = fadd <8 x float> %1013, %1004
  %1015 = mul i64 %row60, 32
  %1016 = add i64 %1015, 0
  %1017 = getelementptr inbounds float, float* %563, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1018, align 4
  %1019 = mul i64 %row60, 32
  %1020 = add i64 %1019, 8
  %1021 = getelementptr inbounds float, float* %563, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  store <8 x float> %1011, <8 x float>* %1022, align 4
  %1023 = mul i64 %row60, 32
  %1024 = add i64 %1023, 16
  %1025 = getelementptr inbounds float, float* %563, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1026, align 4
  %1027 = mul i64 %row60, 32
  %1028 = add i64 %1027, 24
  %1029 = getelementptr inbounds float, float* %563, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1014, <8 x float>* %1030, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !32

row.exit59:                                       ; preds = %row.header57
  %1031 = mul i64 %block56, 8
  %1032 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %1031
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = mul i64 %block56, 1352
  %1036 = add i64 %553, %1035
  %1037 = getelementptr inbounds float, float* %563, i64 0
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = getelementptr inbounds float, float* %563, i64 32
  %1041 = bitcast float* %1040 to <8 x float>*
  %1042 = load <8 x float>, <8 x float>* %1041, align 4
  %1043 = getelementptr inbounds float, float* %563, i64 64
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = getelementptr inbounds float, float* %563, i64 96
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = getelementptr inbounds float, float* %563, i64 128
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = getelementptr inbounds float, float* %563, i64 160
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = fadd <8 x float> %1042, %1045
  %1056 = fsub <8 x float> %1042, %1045
  %1057 = fadd <8 x float> %1048, %1051
  %1058 = fsub <8 x float> %1048, %1051
  %1059 = fadd <8 x float> %1039, %1055
  %1060 = fadd <8 x float> %1059, %1057
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1056)
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1057, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1055)
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1056)
  %1064 = fadd <8 x float> %1063, %1054
  %1065 = add i64 %1036, 0
  %1066 = fadd <8 x float> %1060, %1034
  %1067 = fcmp olt <8 x float> %1066, zeroinitializer
  %1068 = select <8 x i1> %1067, <8 x float> zeroinitializer, <8 x float> %1066
  %1069 = getelementptr inbounds float, float* %0, i64 %1065
  %1070 = bitcast float* %1069 to <8 x float>*
  store <8 x float> %1068, <8 x float>* %1070, align 4
  %1071 = add i64 %1036, 104
  %1072 = fadd <8 x float> %1061, %1034
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %1071
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = add i64 %1036, 208
  %1078 = fadd <8 x float> %1062, %1034
  %1079 = fcmp olt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> zeroinitializer, <8 x float> %1078
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %1036, 312
  %1084 = fadd <8 x float> %1064, %1034
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %1083
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = getelementptr inbounds float, float* %563, i64 8
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = getelementptr inbounds float, float* %563, i64 40
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = getelementptr inbounds float, float* %563, i64 72
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = getelementptr inbounds float, float* %563, i64 104
  %1099 = bitcast float* %1098 to <8 x float>*
  %1100 = load <8 x float>, <8 x float>* %1099, align 4
  %1101 = getelementptr inbounds float, float* %563, i64 136
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = getelementptr inbounds float, float* %563, i64 168
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = fadd <8 x float> %1094, %1097
  %1108 = fsub <8 x float> %1094, %1097
  %1109 = fadd <8 x float> %1100, %1103
  %1110 = fsub <8 x float> %1100, %1103
  %1111 = fadd <8 x float> %1091, %1107
  %1112 = fadd <8 x float> %1111, %1109
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1108)
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1109, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1107)
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1108)
  %1116 = fadd <8 x float> %1115, %1106
  %1117 = add i64 %1036, 8
  %1118 = fadd <8 x float> %1112, %1034
  %1119 = fcmp olt <8 x float> %1118, zeroinitializer
  %1120 = select <8 x i1> %1119, <8 x float> zeroinitializer, <8 x float> %1118
  %1121 = getelementptr inbounds float, float* %0, i64 %1117
  %1122 = bitcast float* %1121 to <8 x float>*
  store <8 x float> %1120, <8 x float>* %1122, align 4
  %1123 = add i64 %1036, 112
  %1124 = fadd <8 x float> %1113, %1034
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %1123
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = add i64 %1036, 216
  %1130 = fadd <8 x float> %1114, %1034
  %1131 = fcmp olt <8 x float> %1130, zeroinitializer
  %1132 = select <8 x i1> %1131, <8 x float> zeroinitializer, <8 x float> %1130
  %1133 = getelementptr inbounds float, float* %0, i64 %1129
  %1134 = bitcast float* %1133 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1134, align 4
  %1135 = add i64 %1036, 320
  %1136 = fadd <8 x float> %1116, %1034
  %1137 = fcmp olt <8 x float> %1136, zeroinitializer
  %1138 = select <8 x i1> %1137, <8 x float> zeroinitializer, <8 x float> %1136
  %1139 = getelementptr inbounds float, float* %0, i64 %1135
  %1140 = bitcast float* %1139 to <8 x float>*
  store <8 x float> %1138, <8 x float>* %1140, align 4
  %1141 = getelementptr inbounds float, float* %563, i64 16
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = getelementptr inbounds float, float* %563, i64 48
  %1145 = bitcast float* %1144 to <8 x float>*
  %1146 = load <8 x float>, <8 x float>* %1145, align 4
  %1147 = getelementptr inbounds float, float* %563, i64 80
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = getelementptr inbounds float, float* %563, i64 112
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = getelementptr inbounds float, float* %563, i64 144
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = getelementptr inbounds float, float* %563, i64 176
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = fadd <8 x float> %1146, %1149
  %1160 = fsub <8 x float> %1146, %1149
  %1161 = fadd <8 x float> %1152, %1155
  %1162 = fsub <8 x float> %1152, %1155
  %1163 = fadd <8 x float> %1143, %1159
  %1164 = fadd <8 x float> %1163, %1161
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1160)
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1161, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1159)
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1160)
  %1168 = fadd <8 x float> %1167, %1158
  %1169 = add i64 %1036, 16
  %1170 = fadd <8 x float> %1164, %1034
  %1171 = fcmp olt <8 x float> %1170, zeroinitializer
  %1172 = select <8 x i1> %1171, <8 x float> zeroinitializer, <8 x float> %1170
  %1173 = getelementptr inbounds float, float* %0, i64 %1169
  %1174 = bitcast float* %1173 to <8 x float>*
  store <8 x float> %1172, <8 x float>* %1174, align 4
  %1175 = add i64 %1036, 120
  %1176 = fadd <8 x float> %1165, %1034
  %1177 = fcmp olt <8 x float> %1176, zeroinitializer
  %1178 = select <8 x i1> %1177, <8 x float> zeroinitializer, <8 x float> %1176
  %1179 = getelementptr inbounds float, float* %0, i64 %1175
  %1180 = bitcast float* %1179 to <8 x float>*
  store <8 x float> %1178, <8 x float>* %1180, align 4
  %1181 = add i64 %1036, 224
  %1182 = fadd <8 x float> %1166, %1034
  %1183 = fcmp olt <8 x float> %1182, zeroinitializer
  %1184 = select <8 x i1> %1183, <8 x float> zeroinitializer, <8 x float> %1182
  %1185 = getelementptr inbounds float, float* %0, i64 %1181
  %1186 = bitcast float* %1185 to <8 x float>*
  store <8 x float> %1184, <8 x float>* %1186, align 4
  %1187 = add i64 %1036, 328
  %1188 = fadd <8 x float> %1168, %1034
  %1189 = fcmp olt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> zeroinitializer, <8 x float> %1188
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = getelementptr inbounds float, float* %563, i64 24
  %1194 = bitcast float* %1193 to <8 x float>*
  %1195 = load <8 x float>, <8 x float>* %1194, align 4
  %1196 = getelementptr inbounds float, float* %563, i64 56
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = getelementptr inbounds float, float* %563, i64 88
  %1200 = bitcast float* %1199 to <8 x float>*
  %1201 = load <8 x float>, <8 x float>* %1200, align 4
  %1202 = getelementptr inbounds float, float* %563, i64 120
  %1203 = bitcast float* %1202 to <8 x float>*
  %1204 = load <8 x float>, <8 x float>* %1203, align 4
  %1205 = getelementptr inbounds float, float* %563, i64 152
  %1206 = bitcast float* %1205 to <8 x float>*
  %1207 = load <8 x float>, <8 x float>* %1206, align 4
  %1208 = getelementptr inbounds float, float* %563, i64 184
  %1209 = bitcast float* %1208 to <8 x float>*
  %1210 = load <8 x float>, <8 x float>* %1209, align 4
  %1211 = fadd <8 x float> %1198, %1201
  %1212 = fsub <8 x float> %1198, %1201
  %1213 = fadd <8 x float> %1204, %1207
  %1214 = fsub <8 x float> %1204, %1207
  %1215 = fadd <8 x float> %1195, %1211
  %1216 = fadd <8 x float> %1215, %1213
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1212)
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1211)
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1212)
  %1220 = fadd <8 x float> %1219, %1210
  %1221 = add i64 %1036, 24
  %1222 = fadd <8 x float> %1216, %1034
  %1223 = fcmp olt <8 x float> %1222, zeroinitializer
  %1224 = select <8 x i1> %1223, <8 x float> zeroinitializer, <8 x float> %1222
  %1225 = getelementptr inbounds float, float* %0, i64 %1221
  %1226 = bitcast float* %1225 to <8 x float>*
  store <8 x float> %1224, <8 x float>* %1226, align 4
  %1227 = add i64 %1036, 128
  %1228 = fadd <8 x float> %1217, %1034
  %1229 = fcmp olt <8 x float> %1228, zeroinitializer
  %1230 = select <8 x i1> %1229, <8 x float> zeroinitializer, <8 x float> %1228
  %1231 = getelementptr inbounds float, float* %0, i64 %1227
  %1232 = bitcast float* %1231 to <8 x float>*
  store <8 x float> %1230, <8 x float>* %1232, align 4
  %1233 = add i64 %1036, 232
  %1234 = fadd <8 x float> %1218, %1034
  %1235 = fcmp olt <8 x float> %1234, zeroinitializer
  %1236 = select <8 x i1> %1235, <8 x float> zeroinitializer, <8 x float> %1234
  %1237 = getelementptr inbounds float, float* %0, i64 %1233
  %1238 = bitcast float* %1237 to <8 x float>*
  store <8 x float> %1236, <8 x float>* %1238, align 4
  %1239 = add i64 %1036, 336
  %1240 = fadd <8 x float> %1220, %1034
  %1241 = fcmp olt <8 x float> %1240, zeroinitializer
  %1242 = select <8 x i1> %1241, <8 x float> zeroinitializer, <8 x float> %1240
  %1243 = getelementptr inbounds float, float* %0, i64 %1239
  %1244 = bitcast float* %1243 to <8 x float>*
  store <8 x float> %1242, <8 x float>* %1244, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !33
}

; Function Attrs: noinline nounwind
define internal void @node5.conv4.step1(i8* %0) #3 {
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
  call void @node5.conv4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node6.conv5.step0(i8* %0) #3 {
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
  call void @node6.conv5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %43 = mul i64 %42, 48
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 384
  %51 = add i64 124416, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 1728, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 1728
  %58 = select i1 %57, i64 %56, i64 1728
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 1728
  %61 = select i1 %60, i64 %59, i64 1728
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 48
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
  br label %tile.header, !llvm.loop !34

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
  br label %column.header, !llvm.loop !35

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
  %214 = mul i64 %row, 36864
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 6144
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 12288
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 18432
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 24576
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 30720
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !36

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !37

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 48
  %236 = srem i64 %task, 48
  %237 = mul i64 %235, 6144
  %238 = add i64 124416, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 98304
  %241 = getelementptr inbounds float, float* bitcast ([14155776 x i8]* @weight.conv5.winograd to float*), i64 %240
  %242 = mul i64 %235, 4096
  %243 = add i64 345600, %242
  %244 = srem i64 %236, 3
  %245 = sdiv i64 %236, 3
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 6144
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
  br label %task.header, !llvm.loop !38

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 384
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
  %271 = mul i64 %270, 384
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
  %281 = mul i64 %280, 384
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
  %291 = mul i64 %290, 384
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
  %301 = mul i64 %300, 384
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
  %313 = mul i64 %310, 256
  %314 = add i64 %313, %311
  %315 = add i64 %243, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 256
  %322 = add i64 %321, %319
  %323 = add i64 %243, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 256
  %330 = add i64 %329, %327
  %331 = add i64 %243, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 256
  %338 = add i64 %337, %335
  %339 = add i64 %243, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 256
  %346 = add i64 %345, %343
  %347 = add i64 %243, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 256
  %354 = add i64 %353, %351
  %355 = add i64 %243, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 256
  %362 = add i64 %361, %359
  %363 = add i64 %243, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 256
  %370 = add i64 %369, %367
  %371 = add i64 %243, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 384
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
  %386 = mul i64 %385, 384
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
  %396 = mul i64 %395, 384
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
  %406 = mul i64 %405, 384
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
  %416 = mul i64 %415, 384
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
  %426 = mul i64 %425, 384
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
  %436 = mul i64 %435, 384
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
  %448 = mul i64 %445, 256
  %449 = add i64 %448, %446
  %450 = add i64 %243, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 256
  %457 = add i64 %456, %454
  %458 = add i64 %243, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 256
  %465 = add i64 %464, %462
  %466 = add i64 %243, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 256
  %473 = add i64 %472, %470
  %474 = add i64 %243, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 256
  %481 = add i64 %480, %478
  %482 = add i64 %243, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 256
  %489 = add i64 %488, %486
  %490 = add i64 %243, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 256
  %497 = add i64 %496, %494
  %498 = add i64 %243, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 256
  %505 = add i64 %504, %502
  %506 = add i64 %243, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 256
  %513 = add i64 %512, %510
  %514 = add i64 %243, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 256
  %521 = add i64 %520, %518
  %522 = add i64 %243, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 256
  %529 = add i64 %528, %526
  %530 = add i64 %243, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 256
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
  %547 = mul i64 %546, 32
  %548 = mul i64 %547, 1352
  %549 = mul i64 %545, 52
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %546, 32
  %555 = mul i64 %554, 1352
  %556 = mul i64 %545, 26
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 256
  %562 = add i64 345600, %561
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
  br label %tile.header15, !llvm.loop !39

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %567 = icmp slt i64 %block, 32
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
  %571 = mul i64 %row28, 24576
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 4096
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 8192
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 12288
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 16384
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 20480
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
  br label %row.header25, !llvm.loop !40

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1352
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
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !41

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %663 = icmp slt i64 %block33, 32
  br i1 %663, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %664 = mul i64 %block33, 8
  %665 = add i64 %562, %664
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %666 = icmp slt i64 %row37, 6
  br i1 %666, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %667 = mul i64 %row37, 24576
  %668 = add i64 %665, %667
  %669 = add i64 %668, 0
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %668, 4096
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %668, 8192
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %668, 12288
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %668, 16384
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %668, 20480
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = fadd <8 x float> %676, %680
  %694 = fsub <8 x float> %676, %680
  %695 = fadd <8 x float> %684, %688
  %696 = fsub <8 x float> %684, %688
  %697 = fadd <8 x float> %672, %693
  %698 = fadd <8 x float> %697, %695
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %694)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %695, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %693)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %694)
  %702 = fadd <8 x float> %701, %692
  %703 = mul i64 %row37, 32
  %704 = add i64 %703, 0
  %705 = getelementptr inbounds float, float* %563, i64 %704
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %698, <8 x float>* %706, align 4
  %707 = mul i64 %row37, 32
  %708 = add i64 %707, 8
  %709 = getelementptr inbounds float, float* %563, i64 %708
  %710 = bitcast float* %709 to <8 x float>*
  store <8 x float> %699, <8 x float>* %710, align 4
  %711 = mul i64 %row37, 32
  %712 = add i64 %711, 16
  %713 = getelementptr inbounds float, float* %563, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %700, <8 x float>* %714, align 4
  %715 = mul i64 %row37, 32
  %716 = add i64 %715, 24
  %717 = getelementptr inbounds float, float* %563, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %702, <8 x float>* %718, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !42

row.exit36:                                       ; preds = %row.header34
  %719 = mul i64 %block33, 8
  %720 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = mul i64 %block33, 1352
  %724 = add i64 %553, %723
  %725 = getelementptr inbounds float, float* %563, i64 0
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = getelementptr inbounds float, float* %563, i64 32
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = getelementptr inbounds float, float* %563, i64 64
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = getelementptr inbounds float, float* %563, i64 96
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = getelementptr inbounds float, float* %563, i64 128
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = getelementptr inbounds float, float* %563, i64 160
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = fadd <8 x float> %730, %733
  %744 = fsub <8 x float> %730, %733
  %745 = fadd <8 x float> %736, %739
  %746 = fsub <8 x float> %736, %739
  %747 = fadd <8 x float> %727, %743
  %748 = fadd <8 x float> %747, %745
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %744)
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %745, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %743)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %744)
  %752 = fadd <8 x float> %751, %742
  %753 = add i64 %724, 0
  %754 = fadd <8 x float> %748, %722
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = getelementptr inbounds float, float* %0, i64 %753
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = getelementptr inbounds float, float* %563, i64 8
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = getelementptr inbounds float, float* %563, i64 40
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = getelementptr inbounds float, float* %563, i64 72
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = getelementptr inbounds float, float* %563, i64 104
  %769 = bitcast float* %768 to <8 x float>*
  %770 = load <8 x float>, <8 x float>* %769, align 4
  %771 = getelementptr inbounds float, float* %563, i64 136
  %772 = bitcast float* %771 to <8 x float>*
  %773 = load <8 x float>, <8 x float>* %772, align 4
  %774 = getelementptr inbounds float, float* %563, i64 168
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = fadd <8 x float> %764, %767
  %778 = fsub <8 x float> %764, %767
  %779 = fadd <8 x float> %770, %773
  %780 = fsub <8 x float> %770, %773
  %781 = fadd <8 x float> %761, %777
  %782 = fadd <8 x float> %781, %779
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %778)
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %779, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %777)
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %780, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %778)
  %786 = fadd <8 x float> %785, %776
  %787 = add i64 %724, 8
  %788 = fadd <8 x float> %782, %722
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %787
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = getelementptr inbounds float, float* %563, i64 16
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  %796 = getelementptr inbounds float, float* %563, i64 48
  %797 = bitcast float* %796 to <8 x float>*
  %798 = load <8 x float>, <8 x float>* %797, align 4
  %799 = getelementptr inbounds float, float* %563, i64 80
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = getelementptr inbounds float, float* %563, i64 112
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = getelementptr inbounds float, float* %563, i64 144
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = getelementptr inbounds float, float* %563, i64 176
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
  %821 = add i64 %724, 16
  %822 = fadd <8 x float> %816, %722
  %823 = fcmp olt <8 x float> %822, zeroinitializer
  %824 = select <8 x i1> %823, <8 x float> zeroinitializer, <8 x float> %822
  %825 = getelementptr inbounds float, float* %0, i64 %821
  %826 = bitcast float* %825 to <8 x float>*
  store <8 x float> %824, <8 x float>* %826, align 4
  %827 = getelementptr inbounds float, float* %563, i64 24
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  %830 = getelementptr inbounds float, float* %563, i64 56
  %831 = bitcast float* %830 to <8 x float>*
  %832 = load <8 x float>, <8 x float>* %831, align 4
  %833 = getelementptr inbounds float, float* %563, i64 88
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = getelementptr inbounds float, float* %563, i64 120
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = getelementptr inbounds float, float* %563, i64 152
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = getelementptr inbounds float, float* %563, i64 184
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
  %855 = add i64 %724, 24
  %856 = fadd <8 x float> %850, %722
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %855
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !43

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %861 = icmp slt i64 %block46, 32
  br i1 %861, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %862 = mul i64 %block46, 8
  %863 = add i64 %562, %862
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %864 = icmp slt i64 %row50, 6
  br i1 %864, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %865 = mul i64 %row50, 24576
  %866 = add i64 %863, %865
  %867 = add i64 %866, 0
  %868 = getelementptr inbounds float, float* %2, i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = add i64 %866, 4096
  %872 = getelementptr inbounds float, float* %2, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  %875 = add i64 %866, 8192
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = add i64 %866, 12288
  %880 = getelementptr inbounds float, float* %2, i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = add i64 %866, 16384
  %884 = getelementptr inbounds float, float* %2, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %866, 20480
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = fadd <8 x float> %874, %878
  %892 = fsub <8 x float> %874, %878
  %893 = fadd <8 x float> %882, %886
  %894 = fsub <8 x float> %882, %886
  %895 = fadd <8 x float> %870, %891
  %896 = fadd <8 x float> %895, %893
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %892)
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %891)
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %892)
  %900 = fadd <8 x float> %899, %890
  %901 = mul i64 %row50, 32
  %902 = add i64 %901, 0
  %903 = getelementptr inbounds float, float* %563, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  store <8 x float> %896, <8 x float>* %904, align 4
  %905 = mul i64 %row50, 32
  %906 = add i64 %905, 8
  %907 = getelementptr inbounds float, float* %563, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  store <8 x float> %897, <8 x float>* %908, align 4
  %909 = mul i64 %row50, 32
  %910 = add i64 %909, 16
  %911 = getelementptr inbounds float, float* %563, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  store <8 x float> %898, <8 x float>* %912, align 4
  %913 = mul i64 %row50, 32
  %914 = add i64 %913, 24
  %915 = getelementptr inbounds float, float* %563, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  store <8 x float> %900, <8 x float>* %916, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !44

row.exit49:                                       ; preds = %row.header47
  %917 = mul i64 %block46, 8
  %918 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = mul i64 %block46, 1352
  %922 = add i64 %553, %921
  %923 = getelementptr inbounds float, float* %563, i64 0
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = getelementptr inbounds float, float* %563, i64 32
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = getelementptr inbounds float, float* %563, i64 64
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = getelementptr inbounds float, float* %563, i64 96
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = getelementptr inbounds float, float* %563, i64 128
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = getelementptr inbounds float, float* %563, i64 160
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = fadd <8 x float> %928, %931
  %942 = fsub <8 x float> %928, %931
  %943 = fadd <8 x float> %934, %937
  %944 = fsub <8 x float> %934, %937
  %945 = fadd <8 x float> %925, %941
  %946 = fadd <8 x float> %945, %943
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %942)
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %943, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %941)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %942)
  %950 = fadd <8 x float> %949, %940
  %951 = add i64 %922, 0
  %952 = fadd <8 x float> %946, %920
  %953 = fcmp olt <8 x float> %952, zeroinitializer
  %954 = select <8 x i1> %953, <8 x float> zeroinitializer, <8 x float> %952
  %955 = getelementptr inbounds float, float* %0, i64 %951
  %956 = bitcast float* %955 to <8 x float>*
  store <8 x float> %954, <8 x float>* %956, align 4
  %957 = add i64 %922, 104
  %958 = fadd <8 x float> %947, %920
  %959 = fcmp olt <8 x float> %958, zeroinitializer
  %960 = select <8 x i1> %959, <8 x float> zeroinitializer, <8 x float> %958
  %961 = getelementptr inbounds float, float* %0, i64 %957
  %962 = bitcast float* %961 to <8 x float>*
  store <8 x float> %960, <8 x float>* %962, align 4
  %963 = add i64 %922, 208
  %964 = fadd <8 x float> %948, %920
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %963
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = add i64 %922, 312
  %970 = fadd <8 x float> %950, %920
  %971 = fcmp olt <8 x float> %970, zeroinitializer
  %972 = select <8 x i1> %971, <8 x float> zeroinitializer, <8 x float> %970
  %973 = getelementptr inbounds float, float* %0, i64 %969
  %974 = bitcast float* %973 to <8 x float>*
  store <8 x float> %972, <8 x float>* %974, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !45

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %975 = icmp slt i64 %block56, 32
  br i1 %975, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %976 = mul i64 %block56, 8
  %977 = add i64 %562, %976
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %978 = icmp slt i64 %row60, 6
  br i1 %978, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %979 = mul i64 %row60, 24576
  %980 = add i64 %977, %979
  %981 = add i64 %980, 0
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %980, 4096
  %986 = getelementptr inbounds float, float* %2, i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %980, 8192
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = add i64 %980, 12288
  %994 = getelementptr inbounds float, float* %2, i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = add i64 %980, 16384
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = bitcast float* %998 to <8 x float>*
  %1000 = load <8 x float>, <8 x float>* %999, align 4
  %1001 = add i64 %980, 20480
  %1002 = getelementptr inbounds float, float* %2, i64 %1001
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  %1005 = fadd <8 x float> %988, %992
  %1006 = fsub <8 x float> %988, %992
  %1007 = fadd <8 x float> %996, %1000
  %1008 = fsub <8 x float> %996, %1000
  %1009 = fadd <8 x float> %984, %1005
  %1010 = fadd <8 x float> %1009, %1007
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1006)
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1005)
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1006)
  %1014 = fadd <8 x float> %1013, %1004
  %1015 = mul i64 %row60, 32
  %1016 = add i64 %1015, 0
  %1017 = getelementptr inbounds float, float* %563, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1018, align 4
  %1019 = mul i64 %row60, 32
  %1020 = add i64 %1019, 8
  %1021 = getelementptr inbounds float, float* %563, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  store <8 x float> %1011, <8 x float>* %1022, align 4
  %1023 = mul i64 %row60, 32
  %1024 = add i64 %1023, 16
  %1025 = getelementptr inbounds float, float* %563, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1026, align 4
  %1027 = mul i64 %row60, 32
  %1028 = add i64 %1027, 24
  %1029 = getelementptr inbounds float, float* %563, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1014, <8 x float>* %1030, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !46

row.exit59:                                       ; preds = %row.header57
  %1031 = mul i64 %block56, 8
  %1032 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %1031
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = mul i64 %block56, 1352
  %1036 = add i64 %553, %1035
  %1037 = getelementptr inbounds float, float* %563, i64 0
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = getelementptr inbounds float, float* %563, i64 32
  %1041 = bitcast float* %1040 to <8 x float>*
  %1042 = load <8 x float>, <8 x float>* %1041, align 4
  %1043 = getelementptr inbounds float, float* %563, i64 64
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = getelementptr inbounds float, float* %563, i64 96
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = getelementptr inbounds float, float* %563, i64 128
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = getelementptr inbounds float, float* %563, i64 160
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = fadd <8 x float> %1042, %1045
  %1056 = fsub <8 x float> %1042, %1045
  %1057 = fadd <8 x float> %1048, %1051
  %1058 = fsub <8 x float> %1048, %1051
  %1059 = fadd <8 x float> %1039, %1055
  %1060 = fadd <8 x float> %1059, %1057
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1056)
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1057, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1055)
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1056)
  %1064 = fadd <8 x float> %1063, %1054
  %1065 = add i64 %1036, 0
  %1066 = fadd <8 x float> %1060, %1034
  %1067 = fcmp olt <8 x float> %1066, zeroinitializer
  %1068 = select <8 x i1> %1067, <8 x float> zeroinitializer, <8 x float> %1066
  %1069 = getelementptr inbounds float, float* %0, i64 %1065
  %1070 = bitcast float* %1069 to <8 x float>*
  store <8 x float> %1068, <8 x float>* %1070, align 4
  %1071 = add i64 %1036, 104
  %1072 = fadd <8 x float> %1061, %1034
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %1071
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = add i64 %1036, 208
  %1078 = fadd <8 x float> %1062, %1034
  %1079 = fcmp olt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> zeroinitializer, <8 x float> %1078
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %1036, 312
  %1084 = fadd <8 x float> %1064, %1034
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %1083
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = getelementptr inbounds float, float* %563, i64 8
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = getelementptr inbounds float, float* %563, i64 40
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = getelementptr inbounds float, float* %563, i64 72
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = getelementptr inbounds float, float* %563, i64 104
  %1099 = bitcast float* %1098 to <8 x float>*
  %1100 = load <8 x float>, <8 x float>* %1099, align 4
  %1101 = getelementptr inbounds float, float* %563, i64 136
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = getelementptr inbounds float, float* %563, i64 168
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = fadd <8 x float> %1094, %1097
  %1108 = fsub <8 x float> %1094, %1097
  %1109 = fadd <8 x float> %1100, %1103
  %1110 = fsub <8 x float> %1100, %1103
  %1111 = fadd <8 x float> %1091, %1107
  %1112 = fadd <8 x float> %1111, %1109
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1108)
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1109, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1107)
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1108)
  %1116 = fadd <8 x float> %1115, %1106
  %1117 = add i64 %1036, 8
  %1118 = fadd <8 x float> %1112, %1034
  %1119 = fcmp olt <8 x float> %1118, zeroinitializer
  %1120 = select <8 x i1> %1119, <8 x float> zeroinitializer, <8 x float> %1118
  %1121 = getelementptr inbounds float, float* %0, i64 %1117
  %1122 = bitcast float* %1121 to <8 x float>*
  store <8 x float> %1120, <8 x float>* %1122, align 4
  %1123 = add i64 %1036, 112
  %1124 = fadd <8 x float> %1113, %1034
  %1125 = fcmp olt <8 x float> %1124, zeroinitializer
  %1126 = select <8 x i1> %1125, <8 x float> zeroinitializer, <8 x float> %1124
  %1127 = getelementptr inbounds float, float* %0, i64 %1123
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1126, <8 x float>* %1128, align 4
  %1129 = add i64 %1036, 216
  %1130 = fadd <8 x float> %1114, %1034
  %1131 = fcmp olt <8 x float> %1130, zeroinitializer
  %1132 = select <8 x i1> %1131, <8 x float> zeroinitializer, <8 x float> %1130
  %1133 = getelementptr inbounds float, float* %0, i64 %1129
  %1134 = bitcast float* %1133 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1134, align 4
  %1135 = add i64 %1036, 320
  %1136 = fadd <8 x float> %1116, %1034
  %1137 = fcmp olt <8 x float> %1136, zeroinitializer
  %1138 = select <8 x i1> %1137, <8 x float> zeroinitializer, <8 x float> %1136
  %1139 = getelementptr inbounds float, float* %0, i64 %1135
  %1140 = bitcast float* %1139 to <8 x float>*
  store <8 x float> %1138, <8 x float>* %1140, align 4
  %1141 = getelementptr inbounds float, float* %563, i64 16
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = getelementptr inbounds float, float* %563, i64 48
  %1145 = bitcast float* %1144 to <8 x float>*
  %1146 = load <8 x float>, <8 x float>* %1145, align 4
  %1147 = getelementptr inbounds float, float* %563, i64 80
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = getelementptr inbounds float, float* %563, i64 112
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = getelementptr inbounds float, float* %563, i64 144
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = getelementptr inbounds float, float* %563, i64 176
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = fadd <8 x float> %1146, %1149
  %1160 = fsub <8 x float> %1146, %1149
  %1161 = fadd <8 x float> %1152, %1155
  %1162 = fsub <8 x float> %1152, %1155
  %1163 = fadd <8 x float> %1143, %1159
  %1164 = fadd <8 x float> %1163, %1161
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1160)
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1161, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1159)
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1160)
  %1168 = fadd <8 x float> %1167, %1158
  %1169 = add i64 %1036, 16
  %1170 = fadd <8 x float> %1164, %1034
  %1171 = fcmp olt <8 x float> %1170, zeroinitializer
  %1172 = select <8 x i1> %1171, <8 x float> zeroinitializer, <8 x float> %1170
  %1173 = getelementptr inbounds float, float* %0, i64 %1169
  %1174 = bitcast float* %1173 to <8 x float>*
  store <8 x float> %1172, <8 x float>* %1174, align 4
  %1175 = add i64 %1036, 120
  %1176 = fadd <8 x float> %1165, %1034
  %1177 = fcmp olt <8 x float> %1176, zeroinitializer
  %1178 = select <8 x i1> %1177, <8 x float> zeroinitializer, <8 x float> %1176
  %1179 = getelementptr inbounds float, float* %0, i64 %1175
  %1180 = bitcast float* %1179 to <8 x float>*
  store <8 x float> %1178, <8 x float>* %1180, align 4
  %1181 = add i64 %1036, 224
  %1182 = fadd <8 x float> %1166, %1034
  %1183 = fcmp olt <8 x float> %1182, zeroinitializer
  %1184 = select <8 x i1> %1183, <8 x float> zeroinitializer, <8 x float> %1182
  %1185 = getelementptr inbounds float, float* %0, i64 %1181
  %1186 = bitcast float* %1185 to <8 x float>*
  store <8 x float> %1184, <8 x float>* %1186, align 4
  %1187 = add i64 %1036, 328
  %1188 = fadd <8 x float> %1168, %1034
  %1189 = fcmp olt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> zeroinitializer, <8 x float> %1188
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = getelementptr inbounds float, float* %563, i64 24
  %1194 = bitcast float* %1193 to <8 x float>*
  %1195 = load <8 x float>, <8 x float>* %1194, align 4
  %1196 = getelementptr inbounds float, float* %563, i64 56
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = getelementptr inbounds float, float* %563, i64 88
  %1200 = bitcast float* %1199 to <8 x float>*
  %1201 = load <8 x float>, <8 x float>* %1200, align 4
  %1202 = getelementptr inbounds float, float* %563, i64 120
  %1203 = bitcast float* %1202 to <8 x float>*
  %1204 = load <8 x float>, <8 x float>* %1203, align 4
  %1205 = getelementptr inbounds float, float* %563, i64 152
  %1206 = bitcast float* %1205 to <8 x float>*
  %1207 = load <8 x float>, <8 x float>* %1206, align 4
  %1208 = getelementptr inbounds float, float* %563, i64 184
  %1209 = bitcast float* %1208 to <8 x float>*
  %1210 = load <8 x float>, <8 x float>* %1209, align 4
  %1211 = fadd <8 x float> %1198, %1201
  %1212 = fsub <8 x float> %1198, %1201
  %1213 = fadd <8 x float> %1204, %1207
  %1214 = fsub <8 x float> %1204, %1207
  %1215 = fadd <8 x float> %1195, %1211
  %1216 = fadd <8 x float> %1215, %1213
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1212)
  %1218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1211)
  %1219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1214, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1212)
  %1220 = fadd <8 x float> %1219, %1210
  %1221 = add i64 %1036, 24
  %1222 = fadd <8 x float> %1216, %1034
  %1223 = fcmp olt <8 x float> %1222, zeroinitializer
  %1224 = select <8 x i1> %1223, <8 x float> zeroinitializer, <8 x float> %1222
  %1225 = getelementptr inbounds float, float* %0, i64 %1221
  %1226 = bitcast float* %1225 to <8 x float>*
  store <8 x float> %1224, <8 x float>* %1226, align 4
  %1227 = add i64 %1036, 128
  %1228 = fadd <8 x float> %1217, %1034
  %1229 = fcmp olt <8 x float> %1228, zeroinitializer
  %1230 = select <8 x i1> %1229, <8 x float> zeroinitializer, <8 x float> %1228
  %1231 = getelementptr inbounds float, float* %0, i64 %1227
  %1232 = bitcast float* %1231 to <8 x float>*
  store <8 x float> %1230, <8 x float>* %1232, align 4
  %1233 = add i64 %1036, 232
  %1234 = fadd <8 x float> %1218, %1034
  %1235 = fcmp olt <8 x float> %1234, zeroinitializer
  %1236 = select <8 x i1> %1235, <8 x float> zeroinitializer, <8 x float> %1234
  %1237 = getelementptr inbounds float, float* %0, i64 %1233
  %1238 = bitcast float* %1237 to <8 x float>*
  store <8 x float> %1236, <8 x float>* %1238, align 4
  %1239 = add i64 %1036, 336
  %1240 = fadd <8 x float> %1220, %1034
  %1241 = fcmp olt <8 x float> %1240, zeroinitializer
  %1242 = select <8 x i1> %1241, <8 x float> zeroinitializer, <8 x float> %1240
  %1243 = getelementptr inbounds float, float* %0, i64 %1239
  %1244 = bitcast float* %1243 to <8 x float>*
  store <8 x float> %1242, <8 x float>* %1244, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !47
}

; Function Attrs: noinline nounwind
define internal void @node6.conv5.step1(i8* %0) #3 {
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
  call void @node6.conv5.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header

task.exit:                                        ; preds = %task.header
  ret void

r.header:                                         ; preds = %r.body, %task.body
  %r = phi i64 [ %25, %task.body ], [ %r.next, %r.body ]
  %31 = icmp slt i64 %r, %27
  br i1 %31, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %32 = mul i64 %r, 13
  %33 = add i64 %32, 0
  %34 = mul i64 %33, 8
  %35 = load <8 x float>, <8 x float>* %11, align 32
  %36 = add i64 %34, 0
  %37 = getelementptr inbounds float, float* %16, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = fcmp ogt <8 x float> %35, %39
  %41 = select <8 x i1> %40, <8 x float> %35, <8 x float> %39
  %42 = fcmp uno <8 x float> %35, %35
  %43 = select <8 x i1> %42, <8 x float> %35, <8 x float> %41
  %44 = add i64 %34, 8
  %45 = getelementptr inbounds float, float* %16, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = fcmp ogt <8 x float> %43, %47
  %49 = select <8 x i1> %48, <8 x float> %43, <8 x float> %47
  %50 = fcmp uno <8 x float> %43, %43
  %51 = select <8 x i1> %50, <8 x float> %43, <8 x float> %49
  %52 = add i64 %34, 16
  %53 = getelementptr inbounds float, float* %16, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = fcmp ogt <8 x float> %51, %55
  %57 = select <8 x i1> %56, <8 x float> %51, <8 x float> %55
  %58 = fcmp uno <8 x float> %51, %51
  %59 = select <8 x i1> %58, <8 x float> %51, <8 x float> %57
  store <8 x float> %59, <8 x float>* %11, align 32
  %60 = load <8 x float>, <8 x float>* %10, align 32
  %61 = add i64 %34, 16
  %62 = getelementptr inbounds float, float* %16, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = fcmp ogt <8 x float> %60, %64
  %66 = select <8 x i1> %65, <8 x float> %60, <8 x float> %64
  %67 = fcmp uno <8 x float> %60, %60
  %68 = select <8 x i1> %67, <8 x float> %60, <8 x float> %66
  %69 = add i64 %34, 24
  %70 = getelementptr inbounds float, float* %16, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  %73 = fcmp ogt <8 x float> %68, %72
  %74 = select <8 x i1> %73, <8 x float> %68, <8 x float> %72
  %75 = fcmp uno <8 x float> %68, %68
  %76 = select <8 x i1> %75, <8 x float> %68, <8 x float> %74
  %77 = add i64 %34, 32
  %78 = getelementptr inbounds float, float* %16, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = fcmp ogt <8 x float> %76, %80
  %82 = select <8 x i1> %81, <8 x float> %76, <8 x float> %80
  %83 = fcmp uno <8 x float> %76, %76
  %84 = select <8 x i1> %83, <8 x float> %76, <8 x float> %82
  store <8 x float> %84, <8 x float>* %10, align 32
  %85 = load <8 x float>, <8 x float>* %9, align 32
  %86 = add i64 %34, 32
  %87 = getelementptr inbounds float, float* %16, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = fcmp ogt <8 x float> %85, %89
  %91 = select <8 x i1> %90, <8 x float> %85, <8 x float> %89
  %92 = fcmp uno <8 x float> %85, %85
  %93 = select <8 x i1> %92, <8 x float> %85, <8 x float> %91
  %94 = add i64 %34, 40
  %95 = getelementptr inbounds float, float* %16, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = fcmp ogt <8 x float> %93, %97
  %99 = select <8 x i1> %98, <8 x float> %93, <8 x float> %97
  %100 = fcmp uno <8 x float> %93, %93
  %101 = select <8 x i1> %100, <8 x float> %93, <8 x float> %99
  %102 = add i64 %34, 48
  %103 = getelementptr inbounds float, float* %16, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = fcmp ogt <8 x float> %101, %105
  %107 = select <8 x i1> %106, <8 x float> %101, <8 x float> %105
  %108 = fcmp uno <8 x float> %101, %101
  %109 = select <8 x i1> %108, <8 x float> %101, <8 x float> %107
  store <8 x float> %109, <8 x float>* %9, align 32
  %110 = load <8 x float>, <8 x float>* %8, align 32
  %111 = add i64 %34, 48
  %112 = getelementptr inbounds float, float* %16, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = fcmp ogt <8 x float> %110, %114
  %116 = select <8 x i1> %115, <8 x float> %110, <8 x float> %114
  %117 = fcmp uno <8 x float> %110, %110
  %118 = select <8 x i1> %117, <8 x float> %110, <8 x float> %116
  %119 = add i64 %34, 56
  %120 = getelementptr inbounds float, float* %16, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = fcmp ogt <8 x float> %118, %122
  %124 = select <8 x i1> %123, <8 x float> %118, <8 x float> %122
  %125 = fcmp uno <8 x float> %118, %118
  %126 = select <8 x i1> %125, <8 x float> %118, <8 x float> %124
  %127 = add i64 %34, 64
  %128 = getelementptr inbounds float, float* %16, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = fcmp ogt <8 x float> %126, %130
  %132 = select <8 x i1> %131, <8 x float> %126, <8 x float> %130
  %133 = fcmp uno <8 x float> %126, %126
  %134 = select <8 x i1> %133, <8 x float> %126, <8 x float> %132
  store <8 x float> %134, <8 x float>* %8, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %135 = load <8 x float>, <8 x float>* %11, align 32
  %136 = getelementptr inbounds float, float* %20, i64 0
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %10, align 32
  %139 = getelementptr inbounds float, float* %20, i64 8
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = load <8 x float>, <8 x float>* %9, align 32
  %142 = getelementptr inbounds float, float* %20, i64 16
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %141, <8 x float>* %143, align 4
  %144 = load <8 x float>, <8 x float>* %8, align 32
  %145 = getelementptr inbounds float, float* %20, i64 24
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %144, <8 x float>* %146, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header1:                                        ; preds = %r.body2, %r.exit
  %r4 = phi i64 [ %25, %r.exit ], [ %r.next5, %r.body2 ]
  %147 = icmp slt i64 %r4, %27
  br i1 %147, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %148 = mul i64 %r4, 13
  %149 = add i64 %148, 8
  %150 = mul i64 %149, 8
  %151 = load <8 x float>, <8 x float>* %7, align 32
  %152 = add i64 %150, 0
  %153 = getelementptr inbounds float, float* %16, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = fcmp ogt <8 x float> %151, %155
  %157 = select <8 x i1> %156, <8 x float> %151, <8 x float> %155
  %158 = fcmp uno <8 x float> %151, %151
  %159 = select <8 x i1> %158, <8 x float> %151, <8 x float> %157
  %160 = add i64 %150, 8
  %161 = getelementptr inbounds float, float* %16, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = fcmp ogt <8 x float> %159, %163
  %165 = select <8 x i1> %164, <8 x float> %159, <8 x float> %163
  %166 = fcmp uno <8 x float> %159, %159
  %167 = select <8 x i1> %166, <8 x float> %159, <8 x float> %165
  %168 = add i64 %150, 16
  %169 = getelementptr inbounds float, float* %16, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  %172 = fcmp ogt <8 x float> %167, %171
  %173 = select <8 x i1> %172, <8 x float> %167, <8 x float> %171
  %174 = fcmp uno <8 x float> %167, %167
  %175 = select <8 x i1> %174, <8 x float> %167, <8 x float> %173
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = add i64 %150, 16
  %178 = getelementptr inbounds float, float* %16, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = fcmp ogt <8 x float> %176, %180
  %182 = select <8 x i1> %181, <8 x float> %176, <8 x float> %180
  %183 = fcmp uno <8 x float> %176, %176
  %184 = select <8 x i1> %183, <8 x float> %176, <8 x float> %182
  %185 = add i64 %150, 24
  %186 = getelementptr inbounds float, float* %16, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = fcmp ogt <8 x float> %184, %188
  %190 = select <8 x i1> %189, <8 x float> %184, <8 x float> %188
  %191 = fcmp uno <8 x float> %184, %184
  %192 = select <8 x i1> %191, <8 x float> %184, <8 x float> %190
  %193 = add i64 %150, 32
  %194 = getelementptr inbounds float, float* %16, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fcmp ogt <8 x float> %192, %196
  %198 = select <8 x i1> %197, <8 x float> %192, <8 x float> %196
  %199 = fcmp uno <8 x float> %192, %192
  %200 = select <8 x i1> %199, <8 x float> %192, <8 x float> %198
  store <8 x float> %200, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %201 = load <8 x float>, <8 x float>* %7, align 32
  %202 = getelementptr inbounds float, float* %20, i64 32
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %204 = load <8 x float>, <8 x float>* %6, align 32
  %205 = getelementptr inbounds float, float* %20, i64 40
  %206 = bitcast float* %205 to <8 x float>*
  store <8 x float> %204, <8 x float>* %206, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node7.maxPool2d_3.step0(i8* %0) #3 {
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
  call void @node7.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.maxPool2d_3.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %13 = srem i64 %7, 32
  %14 = sdiv i64 %7, 32
  %15 = mul i64 %14, 256
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
define internal void @node8.maxPool2d_3.nchw.step0(i8* %0) #3 {
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
  call void @node8.maxPool2d_3.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.fc6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node10.fc6.step0(i8* %0) #3 {
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
  call void @node10.fc6.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.fc7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node11.fc7.step0(i8* %0) #3 {
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
  call void @node11.fc7.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.fc8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node12.fc8.step0(i8* %0) #3 {
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
  call void @node12.fc8.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.fc8.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node13.fc8.softmax.step0(i8* %0) #3 {
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
  call void @node13.fc8.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %fresh = call i8* @malloc(i64 2786367)
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
  %8 = call i32 @omp_get_max_threads()
  %9 = icmp slt i32 %8, 1024
  %10 = select i1 %9, i32 %8, i32 1024
  %11 = bitcast i32* %3 to i8*
  %12 = getelementptr inbounds i8, i8* %2, i64 0
  %13 = getelementptr inbounds i8, i8* %2, i64 1161600
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %13, i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %17, align 8
  %18 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.conv1.step0, i8* %18, i32 %10, i32 0)
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([56448 x i8], [56448 x i8]* @weight.conv1.packed, i32 0, i32 0), i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv1.bias, i32 0, i32 0), i8** %20, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv1.step1, i8* %18, i32 %10, i32 0)
  %21 = getelementptr inbounds i8, i8* %2, i64 1161600
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
  call void @GOMP_parallel(void (i8*)* @node1.lrn_1.step0, i8* %27, i32 %10, i32 0)
  %28 = getelementptr inbounds i8, i8* %2, i64 0
  %29 = getelementptr inbounds i8, i8* %2, i64 1161600
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
  store i8* getelementptr inbounds ([2457600 x i8], [2457600 x i8]* @weight.conv2.packed, i32 0, i32 0), i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2.bias, i32 0, i32 0), i8** %36, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2.step0, i8* %34, i32 %10, i32 0)
  %37 = getelementptr inbounds i8, i8* %2, i64 1806336
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
  call void @GOMP_parallel(void (i8*)* @node3.lrn_2.step0, i8* %43, i32 %10, i32 0)
  %44 = getelementptr inbounds i8, i8* %2, i64 2267136
  %45 = getelementptr inbounds i8, i8* %2, i64 1806336
  %46 = getelementptr inbounds i8, i8* %2, i64 0
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %44, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %45, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %46, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %50, align 8
  %51 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv3.step0(i8* %51)
  call void @GOMP_parallel(void (i8*)* @node4.conv3.step1, i8* %51, i32 %10, i32 0)
  %52 = getelementptr inbounds i8, i8* %2, i64 2526720
  %53 = getelementptr inbounds i8, i8* %2, i64 2267136
  %54 = getelementptr inbounds i8, i8* %2, i64 0
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %52, i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %53, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %54, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %58, align 8
  %59 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv4.step0, i8* %59, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node5.conv4.step1, i8* %59, i32 %10, i32 0)
  %60 = getelementptr inbounds i8, i8* %2, i64 1972224
  %61 = getelementptr inbounds i8, i8* %2, i64 2526720
  %62 = getelementptr inbounds i8, i8* %2, i64 0
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %60, i8** %63, align 8
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %61, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %62, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %66, align 8
  %67 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.conv5.step0, i8* %67, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node6.conv5.step1, i8* %67, i32 %10, i32 0)
  %68 = getelementptr inbounds i8, i8* %2, i64 0
  %69 = getelementptr inbounds i8, i8* %2, i64 1972224
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %68, i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %69, i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %72, align 8
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %73, align 8
  %74 = bitcast [6 x i8*]* %args to i8*
  call void @node7.maxPool2d_3.step0(i8* %74)
  %75 = getelementptr inbounds i8, i8* %2, i64 36864
  %76 = getelementptr inbounds i8, i8* %2, i64 0
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %75, i8** %77, align 8
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %76, i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %80, align 8
  %81 = bitcast [6 x i8*]* %args to i8*
  call void @node8.maxPool2d_3.nchw.step0(i8* %81)
  %82 = getelementptr inbounds i8, i8* %2, i64 0
  %83 = getelementptr inbounds i8, i8* %2, i64 36864
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %82, i8** %84, align 8
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %83, i8** %85, align 8
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %86, align 8
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %87, align 8
  %88 = bitcast [6 x i8*]* %args to i8*
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([150994944 x i8], [150994944 x i8]* @weight.fc6.packed, i32 0, i32 0), i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.fc6.bias, i32 0, i32 0), i8** %90, align 8
  call void @GOMP_parallel(void (i8*)* @node10.fc6.step0, i8* %88, i32 %10, i32 0)
  %91 = getelementptr inbounds i8, i8* %2, i64 16384
  %92 = getelementptr inbounds i8, i8* %2, i64 0
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %91, i8** %93, align 8
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %92, i8** %94, align 8
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %95, align 8
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %96, align 8
  %97 = bitcast [6 x i8*]* %args to i8*
  %98 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.fc7.packed, i32 0, i32 0), i8** %98, align 8
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.fc7.bias, i32 0, i32 0), i8** %99, align 8
  call void @GOMP_parallel(void (i8*)* @node11.fc7.step0, i8* %97, i32 %10, i32 0)
  %100 = getelementptr inbounds i8, i8* %2, i64 16384
  %101 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %101, align 8
  %102 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %100, i8** %102, align 8
  %103 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %103, align 8
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %104, align 8
  %105 = bitcast [6 x i8*]* %args to i8*
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.fc8.packed, i32 0, i32 0), i8** %106, align 8
  %107 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.fc8.bias, i32 0, i32 0), i8** %107, align 8
  call void @GOMP_parallel(void (i8*)* @node12.fc8.step0, i8* %105, i32 %10, i32 0)
  %108 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %108, align 8
  %109 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %109, align 8
  %110 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %110, align 8
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %111, align 8
  %112 = bitcast [6 x i8*]* %args to i8*
  call void @node13.fc8.softmax.step0(i8* %112)
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
  ret i64 2786367
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
