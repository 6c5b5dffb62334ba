from cyc_a import late_fn
